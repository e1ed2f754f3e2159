namespace BoardRoom.Core.Decisions;

public readonly record struct DecisionId(Guid Value)
{
    public static DecisionId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out DecisionId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new DecisionId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
