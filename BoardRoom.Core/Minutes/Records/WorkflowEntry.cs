using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>One step of the minutes' history: who did what, when.</summary>
public sealed class WorkflowEntry
{
    private WorkflowEntry()
    {
        ByName = string.Empty;
        What = string.Empty;
    }

    internal WorkflowEntry(MeetingId meetingId, PersonId by, string byName, DateTimeOffset at, MinutesStage stage, string what)
    {
        Id = Guid.NewGuid();
        MeetingId = meetingId;
        By = by;
        ByName = byName;
        At = at;
        Stage = stage;
        What = what;
    }

    public Guid Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public PersonId By { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The stage the minutes were in after this step.</summary>
    public MinutesStage Stage { get; private set; }

    public string What { get; private set; }
}
