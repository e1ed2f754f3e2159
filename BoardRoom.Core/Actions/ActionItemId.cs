namespace BoardRoom.Core.Actions;

public readonly record struct ActionItemId(Guid Value)
{
    public static ActionItemId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out ActionItemId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new ActionItemId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
