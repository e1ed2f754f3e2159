namespace BoardRoom.Core.Boards;

public readonly record struct MembershipInvitationId(Guid Value)
{
    public static MembershipInvitationId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out MembershipInvitationId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new MembershipInvitationId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
