namespace BoardRoom.Core.Meetings;

public readonly record struct DeclarationId(Guid Value)
{
    public static DeclarationId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out DeclarationId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new DeclarationId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
