using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BoardRoom.App.Data;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Features.Search;

/// <summary>What the index holds of one source: its kind and id, where it hangs, and its words.</summary>
public sealed record SearchDocument(SearchKind Kind, Guid SourceId, MeetingId MeetingId, AgendaItemId? AgendaItemId, string Title, string Body, long Revision = 0)
{
    public void CopyTo(SearchEntryRow row)
    {
        row.Kind = Kind;
        row.SourceId = SourceId;
        row.MeetingId = MeetingId;
        row.AgendaItemId = AgendaItemId;
        row.Title = Title;
        row.Body = Body;
        row.Revision = Revision;
    }

    public bool SameAs(SearchEntryRow row) =>
        row.MeetingId == MeetingId && row.AgendaItemId == AgendaItemId && row.Title == Title && row.Body == Body && row.Revision == Revision;
}

/// <summary>
/// The one definition of what search finds of each kind of thing, used alike by the save interceptor, the minutes
/// indexer and the full rebuild. Changing what goes in (a field, a kind) means raising <see cref="Version"/>, so every
/// database is rebuilt at its next start.
/// </summary>
public static partial class SearchDocuments
{
    /// <summary>The version of these rules the index was built with (<see cref="SearchIndexStateRow"/>).</summary>
    public const int Version = 1;

    /// <summary>The longest text kept of one source: a minutes section longer than this is searched on its start.</summary>
    public const int MaxBodyLength = 100_000;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Meetings: title, number and the day it is (or was) held, in words ("Tuesday 12 May 2026").</summary>
    public static SearchDocument For(Meeting meeting) =>
        new(SearchKind.Meeting, meeting.Id.Value, meeting.Id, null, Clean(meeting.Title),
            string.Create(EnGb, $"Meeting {meeting.Number}, {LondonTime.ToLocal(meeting.HeldAt):dddd d MMMM yyyy}"));

    /// <summary>Agenda items: title; purpose, presenter and description.</summary>
    public static SearchDocument For(AgendaItem item) =>
        new(SearchKind.AgendaItem, item.Id.Value, item.MeetingId, item.Id, Clean(item.Title),
            Clean(string.Join(" · ", new[] { item.Purpose.Display(), item.Presenter, item.Description }.Where(s => s.Length > 0))));

    /// <summary>Decisions: the reference (D-2026-07) and the wording.</summary>
    public static SearchDocument For(Decision decision) =>
        new(SearchKind.Decision, decision.Id.Value, decision.MeetingId, decision.AgendaItemId, decision.Reference, Clean(decision.Text));

    /// <summary>Actions: the reference (A-2026-03); what, the measure of success and the owning organisation.</summary>
    public static SearchDocument For(ActionItem action) =>
        new(SearchKind.Action, action.Id.Value, action.MeetingId, action.AgendaItemId, action.Reference,
            Clean(string.Join(" · ", new[] { action.Description, action.Measure, action.OwnerOrganisation }.Where(s => s.Length > 0))));

    /// <summary>Papers: the file name.</summary>
    public static SearchDocument For(AgendaPaperRow paper) =>
        new(SearchKind.Paper, paper.Id, paper.MeetingId, paper.AgendaItemId, Clean(paper.FileName), string.Empty);

    /// <summary>A minutes section: its current text at <paramref name="revision"/>, as plain words (Markdown marks dropped).</summary>
    public static SearchDocument ForMinutes(MeetingId meetingId, AgendaItemId itemId, string markdown, long revision) =>
        new(SearchKind.Minutes, itemId.Value, meetingId, itemId, string.Empty, Clean(PlainText(markdown)), revision);

    /// <summary>
    /// The properties of each source the index reads: a change to any other (the current item of a running meeting, an
    /// item's position) leaves the index alone.
    /// </summary>
    public static IReadOnlySet<string>? IndexedProperties(object entity) => entity switch
    {
        Meeting => MeetingProperties,
        AgendaItem => ItemProperties,
        Decision => DecisionProperties,
        ActionItem => ActionProperties,
        AgendaPaperRow => PaperProperties,
        _ => null,
    };

    /// <summary>The document of a tracked source, or null for anything search does not index.</summary>
    public static SearchDocument? Of(object entity) => entity switch
    {
        Meeting m => For(m),
        AgendaItem i => For(i),
        Decision d => For(d),
        ActionItem a => For(a),
        AgendaPaperRow p => For(p),
        _ => null,
    };

    /// <summary>The kind and id of a source (also of one being removed).</summary>
    public static (SearchKind Kind, Guid SourceId)? KeyOf(object entity) => entity switch
    {
        Meeting m => (SearchKind.Meeting, m.Id.Value),
        AgendaItem i => (SearchKind.AgendaItem, i.Id.Value),
        Decision d => (SearchKind.Decision, d.Id.Value),
        ActionItem a => (SearchKind.Action, a.Id.Value),
        AgendaPaperRow p => (SearchKind.Paper, p.Id),
        _ => null,
    };

    private static readonly HashSet<string> MeetingProperties = [nameof(Meeting.Title), nameof(Meeting.Number), nameof(Meeting.StartsAt), nameof(Meeting.StartedAt)];
    private static readonly HashSet<string> ItemProperties =
        [nameof(AgendaItem.Title), nameof(AgendaItem.Purpose), nameof(AgendaItem.Presenter), nameof(AgendaItem.Description), nameof(AgendaItem.MeetingId)];
    private static readonly HashSet<string> DecisionProperties = [nameof(Decision.Text), nameof(Decision.Year), nameof(Decision.Sequence)];
    private static readonly HashSet<string> ActionProperties =
        [nameof(ActionItem.Description), nameof(ActionItem.Measure), nameof(ActionItem.OwnerOrganisation), nameof(ActionItem.Year), nameof(ActionItem.Sequence)];
    private static readonly HashSet<string> PaperProperties = [nameof(AgendaPaperRow.FileName), nameof(AgendaPaperRow.AgendaItemId), nameof(AgendaPaperRow.MeetingId)];

    /// <summary>
    /// Text as the index keeps it: no control characters but line breaks and tabs (the highlighter's marks are control
    /// characters, so stored text can never forge one), and at most <see cref="MaxBodyLength"/> characters.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(Math.Min(text.Length, MaxBodyLength));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, MaxBodyLength)))
        {
            builder.Append(char.IsControl(c) && c is not ('\n' or '\t') ? ' ' : c);
        }
        return builder.ToString().Trim();
    }

    /// <summary>Minutes Markdown as the words a reader sees: emphasis, code marks, heading, quote and list markers, table rules and link targets dropped.</summary>
    public static string PlainText(string markdown)
    {
        var lines = (markdown ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var text = new StringBuilder(markdown?.Length ?? 0);
        foreach (var raw in lines)
        {
            if (TableRule().IsMatch(raw))
            {
                continue;
            }
            var line = LineMarker().Replace(raw, string.Empty);
            line = Link().Replace(line, "$1");
            line = line.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal)
                .Replace("~~", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);
            line = Emphasis().Replace(line, "$1");
            line = line.Replace("\\", string.Empty, StringComparison.Ordinal);
            line = line.Trim().Trim('|').Replace(" | ", " · ", StringComparison.Ordinal).Replace("|", " · ", StringComparison.Ordinal).Trim();
            text.Append(line).Append('\n');
        }
        return text.ToString().Trim();
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)+")]
    private static partial Regex LineMarker();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[*_]([^*_]+)[*_](?![\p{L}\p{N}])")]
    private static partial Regex Emphasis();
}
