namespace BoardRoom.Core.Meetings;

public readonly record struct MeetingSeriesId(Guid Value)
{
    public static MeetingSeriesId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out MeetingSeriesId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new MeetingSeriesId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
