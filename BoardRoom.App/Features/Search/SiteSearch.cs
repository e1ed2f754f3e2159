using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Search;

public enum SearchOutcome
{
    /// <summary>Nothing typed yet.</summary>
    NoQuery,

    /// <summary>Fewer than <see cref="SearchTerms.MinLength"/> letters and digits.</summary>
    TooShort,

    /// <summary>The person has no seat on any board.</summary>
    NoBoards,

    /// <summary>The search ran (it may have found nothing).</summary>
    Searched,
}

/// <summary>One thing found: what it is, where it belongs, its words with the matches marked, and where to read it.</summary>
public sealed record SearchHit(
    SearchKind Kind, string BoardName, string MeetingTitle, DateTimeOffset MeetingDate, string? ItemTitle, bool IsReserved,
    IReadOnlyList<SnippetPart> Heading, IReadOnlyList<SnippetPart> Snippet, string Href);

public sealed record SearchResults(SearchOutcome Outcome, string Query, string Message, int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// <c>/search</c>: meetings, agenda items, minutes, decisions, actions and papers of the person's boards, best first,
/// with the matched words marked. The scope is read afresh for every query (a change of role counts at once) and is
/// part of the query itself, so the count and the pages only ever hold what the person may see: their boards, and
/// reserved business only where their seat reads it (docs/security.md).
/// </summary>
public sealed class SiteSearch(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson)
{
    public const int PageSize = 20;

    private const int MaxPage = 50;

    public const string NoQueryMessage = "Search the meetings, agenda items, minutes, decisions, actions and papers of your boards.";

    public const string TooShortMessage = "Type at least two letters or digits to search for.";

    public const string NoBoardsMessage = "You have no seat on a board, so there is nothing to search.";

    public async Task<SearchResults> SearchAsync(string? query, int page = 1, CancellationToken cancellationToken = default)
    {
        var terms = SearchTerms.Parse(query);
        page = Math.Clamp(page, 1, MaxPage);
        if (terms.Text.Length == 0)
        {
            return Empty(SearchOutcome.NoQuery, terms, NoQueryMessage, page);
        }
        if (!terms.IsSearchable)
        {
            return Empty(SearchOutcome.TooShort, terms, TooShortMessage, page);
        }
        var me = await currentPerson.IdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seats = me is null ? [] : await BoardAccess.SeatsOfAsync(db, me.Value);
        if (seats.Count == 0)
        {
            return Empty(SearchOutcome.NoBoards, terms, NoBoardsMessage, page);
        }
        var scope = new SearchScope(
            seats.Select(s => s.BoardId.Value).Distinct().ToList(),
            seats.Where(s => s.Can(BoardCapability.ViewReservedBusiness)).Select(s => s.BoardId.Value).Distinct().ToList());

        var count = SearchSql.Count(db, terms, scope);
        var total = (int)await db.Database.SqlQueryRaw<long>(count.Text, count.Parameters).SingleAsync(cancellationToken);
        var rows = new List<SearchRow>();
        if (total > (page - 1) * PageSize)
        {
            var sql = SearchSql.Page(db, terms, scope, (page - 1) * PageSize, PageSize);
            rows = await db.Database.SqlQueryRaw<SearchRow>(sql.Text, sql.Parameters).ToListAsync(cancellationToken);
        }
        var hits = await HitsAsync(db, terms, rows, cancellationToken);
        var message = total == 0 ? $"Nothing found for “{terms.Text}”." : string.Empty;
        return new SearchResults(SearchOutcome.Searched, terms.Text, message, total, page, PageSize, hits);
    }

    private static SearchResults Empty(SearchOutcome outcome, SearchTerms terms, string message, int page) =>
        new(outcome, terms.Text, message, 0, page, PageSize, []);

    /// <summary>The hits of a page, with their board, meeting and item as they are now.</summary>
    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(BoardRoomDbContext db, SearchTerms terms, List<SearchRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var boardIds = rows.Select(r => new BoardId(r.BoardId)).Distinct().ToList();
        var meetingIds = rows.Select(r => new MeetingId(r.MeetingId)).Distinct().ToList();
        var itemIds = rows.Where(r => r.AgendaItemId is not null).Select(r => new AgendaItemId(r.AgendaItemId!.Value)).Distinct().ToList();
        var boards = await db.Boards.AsNoTracking().Where(b => boardIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id.Value, b => b.Name, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Title, m.StartsAt, m.StartedAt }).ToDictionaryAsync(m => m.Id.Value, cancellationToken);
        var items = await db.AgendaItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.IsReserved }).ToDictionaryAsync(i => i.Id.Value, cancellationToken);
        var mark = SearchSql.IsPostgreSql(db) ? await PostgreSqlMarkerAsync(db, terms, rows, cancellationToken) : null;

        var hits = new List<SearchHit>();
        foreach (var row in rows)
        {
            if (!Enum.TryParse<SearchKind>(row.Kind, out var kind) || !meetings.TryGetValue(row.MeetingId, out var meeting))
            {
                continue;
            }
            var item = row.AgendaItemId is { } itemId && items.TryGetValue(itemId, out var found) ? found : null;
            var title = mark is null ? Snippet.Parse(row.Title) : Snippet.Mark(row.Title, mark);
            var body = mark is null ? Snippet.Parse(row.Body) : Snippet.Mark(row.Body, mark);
            var plainTitle = string.Concat(title.Select(p => p.Text));
            var heading = kind == SearchKind.Minutes ? [new SnippetPart(item?.Title ?? "Minutes", false)] : title;
            hits.Add(new SearchHit(kind, boards.GetValueOrDefault(row.BoardId, string.Empty), meeting.Title, meeting.StartedAt ?? meeting.StartsAt,
                item?.Title, item?.IsReserved ?? false, heading, Snippet.Window(body), Href(kind, row, plainTitle)));
        }
        return hits;
    }

    /// <summary>Where a hit is read: its meeting, the minutes at its item, or the register filtered to its reference.</summary>
    private static string Href(SearchKind kind, SearchRow row, string title) => kind switch
    {
        SearchKind.Minutes => $"/meetings/{row.MeetingId}/minutes#item-{row.AgendaItemId}",
        SearchKind.Decision => $"/decisions?text={Uri.EscapeDataString(title)}",
        SearchKind.Action => $"/actions?text={Uri.EscapeDataString(title)}",
        _ => $"/meetings/{row.MeetingId}",
    };

    /// <summary>
    /// PostgreSQL: which words of the page's hits match the query, by the index's own stemming (a word matches when it
    /// shares a lexeme with a query word), in one round trip for the whole page.
    /// </summary>
    private static async Task<Func<string, bool>> PostgreSqlMarkerAsync(BoardRoomDbContext db, SearchTerms terms, List<SearchRow> rows, CancellationToken cancellationToken)
    {
        var words = rows.SelectMany(r => SearchTerms.Word().Matches(r.Title + " " + r.Body).Select(m => m.Value.ToLowerInvariant()))
            .Concat(terms.Words).Distinct().ToList();
        var sql = SearchSql.PostgreSqlLexemes(words);
        var lexemes = (await db.Database.SqlQueryRaw<WordLexemes>(sql.Text, sql.Parameters).ToListAsync(cancellationToken))
            .ToDictionary(w => w.Token, w => w.Lexemes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var wanted = terms.Words.SelectMany(w => lexemes.GetValueOrDefault(w, [])).ToHashSet(StringComparer.Ordinal);
        return word => lexemes.TryGetValue(word.ToLowerInvariant(), out var stems) && stems.Any(wanted.Contains);
    }

    /// <summary>A row of <see cref="SearchSql.Page"/>.</summary>
    internal sealed class SearchRow
    {
        public string Kind { get; set; } = string.Empty;

        public Guid SourceId { get; set; }

        public Guid MeetingId { get; set; }

        public Guid? AgendaItemId { get; set; }

        public Guid BoardId { get; set; }

        public string Title { get; set; } = string.Empty;

        public string Body { get; set; } = string.Empty;

        public double Score { get; set; }
    }

    internal sealed class WordLexemes
    {
        public string Token { get; set; } = string.Empty;

        public string Lexemes { get; set; } = string.Empty;
    }
}
