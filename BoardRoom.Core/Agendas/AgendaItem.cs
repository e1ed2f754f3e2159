using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Agendas;

/// <summary>One item of a meeting's agenda. Reserved items are confidential and never reach the public minutes.</summary>
public sealed class AgendaItem : IBelongsToMeeting
{
    private AgendaItem()
    {
        Title = string.Empty;
        Presenter = string.Empty;
        Description = string.Empty;
    }

    internal AgendaItem(MeetingId meetingId, int position, string title, AgendaPurpose purpose, string presenter, int minutesAllotted, string description, bool isReserved, bool isStanding)
    {
        Id = AgendaItemId.New();
        MeetingId = meetingId;
        Position = position;
        Title = Require.Text(title, "Item title", 200);
        Purpose = purpose;
        Presenter = Require.OptionalText(presenter, "Presenter", 120);
        MinutesAllotted = Require.Positive(minutesAllotted, "Time allotted (minutes)");
        Description = Require.OptionalText(description, "Description", 4000);
        IsReserved = isReserved;
        IsStanding = isStanding;
    }

    public AgendaItemId Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    /// <summary>1-based position on the agenda.</summary>
    public int Position { get; internal set; }

    public string Title { get; private set; }

    public AgendaPurpose Purpose { get; private set; }

    public string Presenter { get; private set; }

    public int MinutesAllotted { get; private set; }

    public string Description { get; private set; }

    public bool IsReserved { get; private set; }

    /// <summary>Carried forward from the series' template (welcome, declarations, AOB...).</summary>
    public bool IsStanding { get; private set; }

    /// <summary>The item of an earlier meeting this one was carried forward from (deferred, not reached, or to return to).</summary>
    public AgendaItemId? CarriedFromId { get; private set; }

    /// <summary>Whether the meeting reached it, and if not, where it went.</summary>
    public AgendaItemOutcome Outcome { get; private set; }

    public bool WasNotReached => Outcome is AgendaItemOutcome.CarriedForward or AgendaItemOutcome.Deferred or AgendaItemOutcome.NotReached;

    internal void MarkTaken() => Outcome = AgendaItemOutcome.Taken;

    internal void MarkNotReached(AgendaItemOutcome outcome) => Outcome = outcome;

    internal static AgendaItem CarriedForward(MeetingId meetingId, int position, AgendaItem from) =>
        new(meetingId, position, from.Title, from.Purpose, from.Presenter, from.MinutesAllotted, from.Description, from.IsReserved, isStanding: false)
        {
            CarriedFromId = from.Id,
        };

    internal void Revise(string title, AgendaPurpose purpose, string presenter, int minutesAllotted, string description, bool isReserved)
    {
        // Validate everything before changing anything.
        var t = Require.Text(title, "Item title", 200);
        var p = Require.OptionalText(presenter, "Presenter", 120);
        var m = Require.Positive(minutesAllotted, "Time allotted (minutes)");
        var d = Require.OptionalText(description, "Description", 4000);
        (Title, Purpose, Presenter, MinutesAllotted, Description, IsReserved) = (t, purpose, p, m, d, isReserved);
    }
}
