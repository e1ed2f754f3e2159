namespace BoardRoom.Core.People;

public readonly record struct PersonId(Guid Value)
{
    public static PersonId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out PersonId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new PersonId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
