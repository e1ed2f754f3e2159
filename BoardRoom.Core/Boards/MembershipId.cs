namespace BoardRoom.Core.Boards;

public readonly record struct MembershipId(Guid Value)
{
    public static MembershipId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out MembershipId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new MembershipId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
