namespace BoardRoom.Core.Meetings;

/// <summary>What a co-chair closing a meeting decides for the items of business the meeting did not reach.</summary>
public enum NotReachedChoice
{
    /// <summary>On the agenda of the next meeting of the series (the usual course).</summary>
    CarryToNextMeeting,

    /// <summary>Recorded as deferred, on no agenda yet.</summary>
    RecordAsDeferred,
}
