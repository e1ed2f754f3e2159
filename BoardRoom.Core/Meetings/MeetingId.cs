namespace BoardRoom.Core.Meetings;

public readonly record struct MeetingId(Guid Value)
{
    public static MeetingId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out MeetingId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new MeetingId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
