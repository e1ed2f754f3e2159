using System.Globalization;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Actions;

/// <summary>
/// An action agreed at a meeting: specific (description), measurable (measure of success), timebound (due date), with
/// an owner (a member, or an organisation). Lives across meetings until done or dropped.
/// </summary>
public sealed class ActionItem
{
    private readonly List<ActionUpdate> _updates = [];

    private ActionItem()
    {
        Description = string.Empty;
        Measure = string.Empty;
        OwnerOrganisation = string.Empty;
        DropReason = string.Empty;
    }

    public ActionItemId Id { get; private set; }

    public BoardId BoardId { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public AgendaItemId AgendaItemId { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public string Description { get; private set; }

    /// <summary>The member who owns it, or null when an organisation does.</summary>
    public PersonId? OwnerPersonId { get; private set; }

    public string OwnerOrganisation { get; private set; }

    public string Measure { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ActionStatus Status { get; private set; }

    public string DropReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<ActionUpdate> Updates => _updates;

    public string Reference => string.Create(CultureInfo.InvariantCulture, $"A-{Year}-{Sequence:00}");

    public bool IsOpen => Status is ActionStatus.Open or ActionStatus.InProgress;

    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    public static ActionItem Agree(Meeting meeting, AgendaItemId itemId, int sequence, string description, PersonId? ownerPersonId,
        string ownerOrganisation, string measure, DateOnly dueOn, DateTimeOffset at)
    {
        if (!meeting.AgendaItems.Any(i => i.Id == itemId))
        {
            throw new DomainRuleException("That item is not on this meeting's agenda.");
        }
        var organisation = Require.OptionalText(ownerOrganisation, "Owner organisation", 200);
        if (ownerPersonId is null && organisation.Length == 0)
        {
            throw new DomainRuleException("An action needs an owner: a member or an organisation.");
        }
        var agreedOn = DateOnly.FromDateTime(LondonTime.ToLocal(at));
        if (dueOn < agreedOn)
        {
            throw new DomainRuleException($"The due date ({dueOn:d MMM yyyy}) is before the action was agreed ({agreedOn:d MMM yyyy}).");
        }
        return new ActionItem
        {
            Id = ActionItemId.New(),
            BoardId = meeting.BoardId,
            MeetingId = meeting.Id,
            AgendaItemId = itemId,
            Year = LondonTime.ToLocal(meeting.StartsAt).Year,
            Sequence = Require.Positive(sequence, "Action number"),
            Description = Require.Text(description, "What is to be done", 1000),
            OwnerPersonId = ownerPersonId,
            OwnerOrganisation = organisation,
            Measure = Require.Text(measure, "The measure of success", 500),
            DueOn = dueOn,
            Status = ActionStatus.Open,
            CreatedAt = at,
        };
    }

    /// <summary>Adds a comment and optionally moves the status. Dropping needs a reason; a closed action can be reopened.</summary>
    public ActionUpdate Update(PersonId by, DateTimeOffset at, string comment, ActionStatus? newStatus)
    {
        var text = Require.OptionalText(comment, "Comment", 2000);
        if (newStatus == ActionStatus.Dropped && text.Length == 0)
        {
            throw new DomainRuleException("Say why the action is dropped.");
        }
        if (newStatus is null && text.Length == 0)
        {
            throw new DomainRuleException("An update needs a comment or a new status.");
        }
        if (newStatus == Status)
        {
            newStatus = null;
        }
        var update = new ActionUpdate(Id, by, at, text, newStatus);
        if (newStatus is { } status)
        {
            Status = status;
            DropReason = status == ActionStatus.Dropped ? text : string.Empty;
        }
        _updates.Add(update);
        return update;
    }
}
