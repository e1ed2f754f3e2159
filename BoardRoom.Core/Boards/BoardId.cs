namespace BoardRoom.Core.Boards;

public readonly record struct BoardId(Guid Value)
{
    public static BoardId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out BoardId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new BoardId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
