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
public sealed class ActionItem : IBelongsToMeeting
{
    /// <summary>Why a correction that moves the due date without a reason is refused; the form says it beside the reason.</summary>
    public const string DueDateNeedsReason = "Say why the due date moves.";

    private readonly List<ActionUpdate> _updates = [];
    private readonly List<ActionChange> _changes = [];

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

    /// <summary>Every correction and status change, oldest first.</summary>
    public IReadOnlyList<ActionChange> Changes => _changes;

    public DateOnly AgreedOn => DateOnly.FromDateTime(LondonTime.ToLocal(CreatedAt));

    public ActionRag Rag(DateOnly today) => ActionRagRule.Of(Status, AgreedOn, DueOn, today);

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
            Year = meeting.RegisterYear,
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
            _changes.Add(new ActionChange(Id, by, at, ActionChangeField.Status, StatusText(Status), StatusText(status), text));
            Status = status;
            DropReason = status == ActionStatus.Dropped ? text : string.Empty;
        }
        _updates.Add(update);
        return update;
    }

    /// <summary>The fields <paramref name="correction"/> would change, so a caller can check who may make it first.</summary>
    public IReadOnlySet<ActionChangeField> FieldsChangedBy(ActionCorrection correction)
    {
        var fields = new HashSet<ActionChangeField>();
        if (!string.Equals(Description, correction.Description.Trim(), StringComparison.Ordinal))
        {
            fields.Add(ActionChangeField.Wording);
        }
        if (OwnerPersonId != correction.OwnerPersonId
            || (correction.OwnerPersonId is null && !string.Equals(OwnerOrganisation, correction.OwnerOrganisation.Trim(), StringComparison.Ordinal)))
        {
            fields.Add(ActionChangeField.Owner);
        }
        if (DueOn != correction.DueOn)
        {
            fields.Add(ActionChangeField.DueDate);
        }
        if (Status != correction.Status)
        {
            fields.Add(ActionChangeField.Status);
        }
        return fields;
    }

    /// <summary>
    /// Applies a correction and returns the history it adds (one change per field). All or nothing: every rule is
    /// checked before anything moves. <paramref name="right"/> is what the caller was found to be allowed; asking for
    /// more is a programming error, since the service refuses it (as a denial) before getting here.
    /// </summary>
    public IReadOnlyList<ActionChange> Correct(ActionCorrection correction, ActionRight right, PersonId by, DateTimeOffset at, Func<PersonId, string> nameOf)
    {
        var fields = FieldsChangedBy(correction);
        if (right == ActionRight.None || (right == ActionRight.StatusAndComment && fields.Any(f => f != ActionChangeField.Status)))
        {
            throw new InvalidOperationException("The caller may not make this change; check ActionRights first.");
        }
        var comment = Require.OptionalText(correction.Comment, "Comment", 2000);
        if (fields.Count == 0 && comment.Length == 0)
        {
            throw new DomainRuleException(right == ActionRight.Everything
                ? "An update needs a comment or a new status. Or correct its wording, owner or due date."
                : "An update needs a comment or a new status.");
        }
        var description = fields.Contains(ActionChangeField.Wording) ? Require.Text(correction.Description, "What is to be done", 1000) : Description;
        var organisation = correction.OwnerPersonId is null ? Require.OptionalText(correction.OwnerOrganisation, "Owner organisation", 200) : string.Empty;
        if (fields.Contains(ActionChangeField.Owner) && correction.OwnerPersonId is null && organisation.Length == 0)
        {
            throw new DomainRuleException("An action needs an owner: a member or an organisation.");
        }
        var dueReason = Require.OptionalText(correction.DueDateReason, "Reason for the new due date", 500);
        if (fields.Contains(ActionChangeField.DueDate))
        {
            if (dueReason.Length == 0)
            {
                throw new DomainRuleException(DueDateNeedsReason);
            }
            if (correction.DueOn < AgreedOn)
            {
                throw new DomainRuleException($"The due date ({correction.DueOn:d MMM yyyy}) is before the action was agreed ({AgreedOn:d MMM yyyy}).");
            }
        }
        if (fields.Contains(ActionChangeField.Status) && correction.Status == ActionStatus.Dropped && comment.Length == 0)
        {
            throw new DomainRuleException("Say why the action is dropped.");
        }

        var changes = new List<ActionChange>();
        if (fields.Contains(ActionChangeField.Wording))
        {
            changes.Add(new ActionChange(Id, by, at, ActionChangeField.Wording, Description, description, string.Empty));
            Description = description;
        }
        if (fields.Contains(ActionChangeField.Owner))
        {
            var from = OwnerPersonId is { } was ? nameOf(was) : OwnerOrganisation;
            var to = correction.OwnerPersonId is { } now ? nameOf(now) : organisation;
            changes.Add(new ActionChange(Id, by, at, ActionChangeField.Owner, from, to, string.Empty));
            OwnerPersonId = correction.OwnerPersonId;
            OwnerOrganisation = organisation;
        }
        if (fields.Contains(ActionChangeField.DueDate))
        {
            changes.Add(new ActionChange(Id, by, at, ActionChangeField.DueDate, Day(DueOn), Day(correction.DueOn), dueReason));
            DueOn = correction.DueOn;
        }
        if (fields.Contains(ActionChangeField.Status) || comment.Length > 0)
        {
            // Last, so that the status change Update records follows the other changes in the history.
            _changes.AddRange(changes);
            var before = _changes.Count;
            Update(by, at, comment, fields.Contains(ActionChangeField.Status) ? correction.Status : null);
            changes.AddRange(_changes.Skip(before));
            return changes;
        }
        _changes.AddRange(changes);
        return changes;
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string StatusText(ActionStatus status) => status == ActionStatus.InProgress ? "In progress" : status.ToString();
}
