namespace BoardRoom.Core.Meetings;

/// <summary>
/// One occurrence of a series that generating its meetings takes up: either a new meeting numbered
/// <see cref="Number"/>, or, when the series already has a meeting on that day (<see cref="ExistingMeetingId"/>),
/// that meeting, which the occurrence is recorded against instead of a second one being made.
/// </summary>
public sealed record PlannedOccurrence(int Index, DateTimeOffset StartsAt, int Number, MeetingId? ExistingMeetingId)
{
    public bool IsNew => ExistingMeetingId is null;
}
