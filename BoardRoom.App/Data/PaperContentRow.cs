namespace BoardRoom.App.Data;

/// <summary>
/// The bytes of an <see cref="AgendaPaperRow"/>, in a table of their own so that listing papers never reads them, and in
/// the database so that every node serves every upload. Deleted with its paper (a cascade in the database).
/// </summary>
public sealed class PaperContentRow
{
    public Guid PaperId { get; set; }

    public byte[] Content { get; set; } = [];
}
