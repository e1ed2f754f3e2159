using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Minutes.Suggestions;

/// <summary>
/// A reviewer's proposed change to one section's minutes: replace the text of a range (empty for an insertion) with
/// other text (empty for a deletion). It is shown inline with its author until the secretariat or a co-chair accepts it
/// (it becomes an ordinary edit of its author's, <see cref="Accept"/>) or rejects it, or its author withdraws it. Like a
/// comment's, its range is stored with the revision it is on and moved through the op log's operations since
/// (<see cref="TextAnchor.Through(IEnumerable{TextOperation})"/>). It applies only to the text it was made on: once
/// anyone has edited inside the range, accepting it is refused rather than overwriting their words.
/// </summary>
public sealed class Suggestion
{
    public const int MaxTextLength = 5000;

    private Suggestion()
    {
        Original = string.Empty;
        Replacement = string.Empty;
        AuthorName = string.Empty;
        DecidedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public BoardId BoardId { get; private set; }

    /// <summary>The minutes section (its agenda item's id).</summary>
    public AgendaItemId SectionId { get; private set; }

    public int AnchorStart { get; private set; }

    public int AnchorEnd { get; private set; }

    /// <summary>The revision of the section's text the range's offsets are on.</summary>
    public long AnchorRevision { get; private set; }

    /// <summary>The text the suggestion replaces, as it was when it was made (empty for an insertion).</summary>
    public string Original { get; private set; }

    /// <summary>The text it puts there (empty for a deletion).</summary>
    public string Replacement { get; private set; }

    public PersonId AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public SuggestionStatus Status { get; private set; }

    public string DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The op log revision of the edit an accepted suggestion became.</summary>
    public long? AcceptedRevision { get; private set; }

    public TextAnchor Anchor => new(AnchorStart, AnchorEnd);

    public bool IsOpen => Status == SuggestionStatus.Open;

    /// <summary>The client id its edit is submitted under: one per suggestion, so accepting twice stores it once.</summary>
    public string ClientId => $"suggestion-{Id:N}";

    /// <summary>
    /// Proposes replacing <paramref name="anchor"/> of <paramref name="text"/> (the section's text at
    /// <paramref name="revision"/>) with <paramref name="replacement"/>.
    /// </summary>
    public static Suggestion Propose(MinutesSection section, TextAnchor anchor, long revision, string text, string? replacement,
        WorkflowActor author, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(author);
        RequireOpen(section);
        if (revision < 0 || anchor.Start < 0 || anchor.End > text.Length || anchor.End < anchor.Start)
        {
            throw new DomainRuleException("That place is not in the minutes' text: reload the page and try again.");
        }
        var original = text[anchor.Start..anchor.End];
        var proposed = (replacement ?? string.Empty).ReplaceLineEndings("\n");
        if (original.Length > MaxTextLength || proposed.Length > MaxTextLength)
        {
            throw new DomainRuleException($"A suggestion can change at most {MaxTextLength:N0} characters: suggest it in parts.");
        }
        if (original == proposed)
        {
            throw new DomainRuleException(original.Length == 0
                ? "Type the text you suggest adding."
                : "The suggestion is the same as the text: change it, or leave the text as it is.");
        }
        return new Suggestion
        {
            Id = Guid.NewGuid(),
            MeetingId = section.MeetingId,
            BoardId = section.BoardId,
            SectionId = section.Id,
            AnchorStart = anchor.Start,
            AnchorEnd = anchor.End,
            AnchorRevision = revision,
            Original = original,
            Replacement = proposed,
            AuthorId = author.PersonId,
            AuthorName = author.Name,
            At = at,
            Status = SuggestionStatus.Open,
        };
    }

    /// <summary>
    /// The edit accepting the suggestion makes on <paramref name="text"/>, the section's text now, where the range has
    /// moved to <paramref name="anchor"/>. Refused when the range's text is no longer what the suggestion was made on.
    /// </summary>
    public TextOperation EditOn(MinutesSection section, TextAnchor anchor, string text)
    {
        RequireDecidable(section);
        ArgumentNullException.ThrowIfNull(text);
        if (anchor.Start < 0 || anchor.End > text.Length || anchor.End < anchor.Start || text[anchor.Start..anchor.End] != Original)
        {
            // (An insertion's point is never lost: it moves with the text, so only a replacement or a deletion is refused.)
            throw new DomainRuleException("The text this suggestion changes has been edited since it was made: reject it, or make the change by hand.");
        }
        return TextOperation.Replace(text.Length, anchor.Start, anchor.Length, Replacement);
    }

    /// <summary>Records that the suggestion's edit is in the log at <paramref name="revision"/>.</summary>
    public void Accept(MinutesSection section, WorkflowActor by, long revision, DateTimeOffset at)
    {
        RequireDecidable(section);
        ArgumentNullException.ThrowIfNull(by);
        (Status, DecidedByName, DecidedAt, AcceptedRevision) = (SuggestionStatus.Accepted, by.Name, at, revision);
    }

    public void Reject(MinutesSection section, WorkflowActor by, DateTimeOffset at)
    {
        RequireDecidable(section);
        ArgumentNullException.ThrowIfNull(by);
        (Status, DecidedByName, DecidedAt) = (SuggestionStatus.Rejected, by.Name, at);
    }

    /// <summary>Its author takes it back (no one else may: others reject it).</summary>
    public void Withdraw(MinutesSection section, WorkflowActor by, DateTimeOffset at)
    {
        RequireDecidable(section);
        ArgumentNullException.ThrowIfNull(by);
        if (by.PersonId != AuthorId)
        {
            throw new DomainRuleException("Only the person who made a suggestion can withdraw it.");
        }
        (Status, DecidedByName, DecidedAt) = (SuggestionStatus.Withdrawn, by.Name, at);
    }

    /// <summary>Stores the range as moved up to <paramref name="revision"/> (a cache: the op log is the truth).</summary>
    public void MoveAnchor(TextAnchor anchor, long revision)
    {
        if (revision < AnchorRevision)
        {
            throw new ArgumentOutOfRangeException(nameof(revision), "An anchor only moves forward through the log.");
        }
        (AnchorStart, AnchorEnd, AnchorRevision) = (anchor.Start, anchor.End, revision);
    }

    private void RequireDecidable(MinutesSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section.Id != SectionId)
        {
            throw new DomainRuleException("That suggestion belongs to another section.");
        }
        RequireOpen(section);
        if (!IsOpen)
        {
            throw new DomainRuleException($"This suggestion has already been {Status.ToString().ToLowerInvariant()} by {DecidedByName}.");
        }
    }

    private static void RequireOpen(MinutesSection section)
    {
        if (section.IsLocked)
        {
            throw new DomainRuleException("These minutes are locked: suggestions are closed.");
        }
    }
}
