namespace BoardRoom.Core.Meetings;

public readonly record struct AttendanceEntryId(Guid Value)
{
    public static AttendanceEntryId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out AttendanceEntryId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new AttendanceEntryId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
