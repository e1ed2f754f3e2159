using System.Globalization;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Decisions;

/// <summary>A decision of the board, numbered per board and year (D-2026-07), captured on an agenda item.</summary>
public sealed class Decision : IBelongsToMeeting
{
    private readonly List<DecisionChange> _changes = [];

    private Decision()
    {
        Text = string.Empty;
    }

    public DecisionId Id { get; private set; }

    public BoardId BoardId { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public AgendaItemId AgendaItemId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The decision's number within its board and year, from 1.</summary>
    public int Sequence { get; private set; }

    public string Text { get; private set; }

    public DecisionMethod Method { get; private set; }

    public int VotesFor { get; private set; }

    public int VotesAgainst { get; private set; }

    public int Abstentions { get; private set; }

    public PersonId RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Taken while the meeting was not quorate, under a board rule that allows it: it stands once a quorate meeting ratifies it.</summary>
    public bool TakenInquorate { get; private set; }

    public const string InquorateNote = "taken inquorate, to be ratified";

    public DecisionStatus Status { get; private set; }

    /// <summary>The later decision that replaced this one, when <see cref="Status"/> is superseded.</summary>
    public DecisionId? SupersededById { get; private set; }

    /// <summary>Every correction, rescission and supersession, oldest first.</summary>
    public IReadOnlyList<DecisionChange> Changes => _changes;

    public bool IsCorrected => _changes.Any(c => c.Kind == DecisionChangeKind.Wording);

    public string Reference => Format(Year, Sequence);

    public static string Format(int year, int sequence) => string.Create(CultureInfo.InvariantCulture, $"D-{year}-{sequence:00}");

    /// <summary>
    /// Records a decision. <paramref name="sequence"/> is the next free number of the board in that year (the caller
    /// reads it; a unique index on board, year and sequence stops two people taking the same one). While the meeting
    /// is in progress the board's quorum is checked for the current item at <paramref name="at"/>: not quorate, the
    /// decision is refused, or recorded as taken inquorate where the board's rule allows. Decisions captured before or
    /// after the live meeting (from the minutes, say) are not checked: nobody's presence then says anything.
    /// </summary>
    public static Decision Record(Board board, Meeting meeting, AgendaItemId itemId, int sequence, string text, DecisionMethod method,
        int votesFor, int votesAgainst, int abstentions, PersonId recordedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.BoardId != board.Id)
        {
            throw new DomainRuleException("That meeting is not one of this board's meetings.");
        }
        if (!meeting.AgendaItems.Any(i => i.Id == itemId))
        {
            throw new DomainRuleException("That item is not on this meeting's agenda.");
        }
        var inquorate = false;
        if (meeting.Status == MeetingStatus.InProgress)
        {
            var quorum = Quorum.Evaluate(board.QuorumRule, board.Members, meeting, meeting.CurrentItemId, at);
            if (!quorum.IsQuorate)
            {
                if (!board.AllowsInquorateDecisions)
                {
                    throw new DomainRuleException($"{quorum.Explanation}. No decision can be recorded until the meeting is quorate: record who is present, or wait for a quorum.");
                }
                inquorate = true;
            }
        }
        if (method == DecisionMethod.Vote)
        {
            if (votesFor < 0 || votesAgainst < 0 || abstentions < 0)
            {
                throw new DomainRuleException("Vote counts cannot be negative.");
            }
            if (votesFor + votesAgainst + abstentions == 0)
            {
                throw new DomainRuleException("A decision by vote needs the votes: for, against and abstentions.");
            }
        }
        else if (votesFor != 0 || votesAgainst != 0 || abstentions != 0)
        {
            throw new DomainRuleException("A decision by consensus has no vote counts.");
        }
        return new Decision
        {
            Id = DecisionId.New(),
            BoardId = meeting.BoardId,
            MeetingId = meeting.Id,
            AgendaItemId = itemId,
            Year = meeting.RegisterYear,
            Sequence = Require.Positive(sequence, "Decision number"),
            Text = Require.Text(text, "The decision", 2000),
            Method = method,
            VotesFor = votesFor,
            VotesAgainst = votesAgainst,
            Abstentions = abstentions,
            RecordedBy = recordedBy,
            RecordedAt = at,
            TakenInquorate = inquorate,
        };
    }

    /// <summary>How it was decided, as registers, the run page and the minutes print it, with the inquorate mark where it applies.</summary>
    public string HowDecided => (Method == DecisionMethod.Consensus
        ? "By consensus"
        : string.Create(CultureInfo.InvariantCulture, $"By vote: {VotesFor} for, {VotesAgainst} against, {Abstentions} abstaining"))
        + (TakenInquorate ? $"; {InquorateNote}" : string.Empty);

    /// <summary>
    /// Corrects the wording. The published minutes keep what they said; the register shows the new wording, marked
    /// corrected, with this change in its history. A reason is required so a reader can tell a typo from a rewrite.
    /// </summary>
    public DecisionChange CorrectWording(string text, string reason, PersonId by, DateTimeOffset at)
    {
        var wording = Require.Text(text, "The decision", 2000);
        var why = RequireReason(reason, "Say why the wording is corrected.");
        if (string.Equals(wording, Text, StringComparison.Ordinal))
        {
            throw new DomainRuleException("The wording is unchanged.");
        }
        RequireInForce();
        return Add(new DecisionChange(Id, by, at, DecisionChangeKind.Wording, Text, wording, why), () => Text = wording);
    }

    public DecisionChange Rescind(string reason, PersonId by, DateTimeOffset at)
    {
        var why = RequireReason(reason, "Say why the decision is rescinded.");
        RequireInForce();
        return Add(new DecisionChange(Id, by, at, DecisionChangeKind.Rescinded, "In force", "Rescinded", why), () => Status = DecisionStatus.Rescinded);
    }

    /// <summary>
    /// Marks this decision as replaced by <paramref name="later"/>: a decision of the same board, recorded after it
    /// (a higher number, or a later year), and itself in force. The number of this decision stays taken.
    /// </summary>
    public DecisionChange SupersedeBy(Decision later, string reason, PersonId by, DateTimeOffset at)
    {
        var why = RequireReason(reason, "Say why the decision is superseded.");
        if (later.BoardId != BoardId)
        {
            throw new DomainRuleException("A decision can only be superseded by a decision of the same board.");
        }
        if (later.Year < Year || (later.Year == Year && later.Sequence <= Sequence))
        {
            throw new DomainRuleException($"{Reference} can only be superseded by a later decision; {later.Reference} is not later.");
        }
        if (later.Status != DecisionStatus.InForce)
        {
            throw new DomainRuleException($"{later.Reference} is not in force itself.");
        }
        RequireInForce();
        return Add(new DecisionChange(Id, by, at, DecisionChangeKind.Superseded, "In force", $"Superseded by {later.Reference}", why), () =>
        {
            Status = DecisionStatus.Superseded;
            SupersededById = later.Id;
        });
    }

    private void RequireInForce()
    {
        if (Status != DecisionStatus.InForce)
        {
            throw new DomainRuleException($"{Reference} is no longer in force: it was {Status.ToString().ToLowerInvariant()}.");
        }
    }

    private static string RequireReason(string? reason, string message)
    {
        var why = Require.OptionalText(reason, "The reason", 500);
        return why.Length == 0 ? throw new DomainRuleException(message) : why;
    }

    private DecisionChange Add(DecisionChange change, Action apply)
    {
        apply();
        _changes.Add(change);
        return change;
    }
}
