namespace BoardRoom.App.Features.Agendas;

/// <summary>An upload that passed <see cref="PaperChecks"/>: its file name (without folders), type, bytes and SHA-256.</summary>
public sealed record CheckedPaper(string FileName, string ContentType, byte[] Content, string Sha256)
{
    public long Length => Content.LongLength;
}
