using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Forum;

/// <summary>
/// What the public forum may show: board names and descriptions, and published minutes (the public version, as
/// stored at publication). Nothing else: no draft, no full version, no member data.
/// </summary>
public sealed class ForumDirectory(IDbContextFactory<BoardRoomDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ForumBoard>> BoardsAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name, b.Slug, b.Description }).ToListAsync();
        var published = await db.MinutesPublications.AsNoTracking()
            .GroupBy(p => p.BoardId)
            .Select(g => new { BoardId = g.Key, Meetings = g.Select(p => p.MeetingId).Distinct().Count() })
            .ToDictionaryAsync(x => x.BoardId, x => x.Meetings);
        return boards.Select(b => new ForumBoard(b.Name, b.Slug, b.Description, published.GetValueOrDefault(b.Id))).ToList();
    }

    /// <summary>A board and its published minutes, newest meeting first, each at its latest version. Null when there is no such board.</summary>
    public async Task<ForumBoardMinutes?> BoardAsync(string slug)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var board = await db.Boards.AsNoTracking().Where(b => b.Slug == slug).Select(b => new { b.Id, b.Name, b.Slug, b.Description }).FirstOrDefaultAsync();
        if (board is null)
        {
            return null;
        }
        var rows = await Summaries(db.MinutesPublications.Where(p => p.BoardId == board.Id)).ToListAsync();
        var minutes = rows.GroupBy(p => p.MeetingId)
            .Select(g => g.MaxBy(p => p.Version)!)
            .OrderByDescending(p => p.MeetingStartsAt)
            .Select(p => new ForumMinutesSummary(p.MeetingNumber, p.Title, p.MeetingStartsAt, p.Version, p.PublishedAt))
            .ToList();
        return new ForumBoardMinutes(board.Name, board.Slug, board.Description, minutes);
    }

    /// <summary>One published version (the latest when <paramref name="version"/> is null) with the list of all its versions.</summary>
    public async Task<ForumMinutes?> MinutesAsync(string slug, int number, int? version)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var board = await db.Boards.AsNoTracking().Where(b => b.Slug == slug).Select(b => new { b.Id, b.Name }).FirstOrDefaultAsync();
        if (board is null)
        {
            return null;
        }
        var versions = await Summaries(db.MinutesPublications.Where(p => p.BoardId == board.Id && p.MeetingNumber == number)).ToListAsync();
        if (versions.Count == 0)
        {
            return null;
        }
        // Numbers count within a series: if two series share a number, the most recent meeting is the one shown.
        var meetingId = versions.MaxBy(p => p.MeetingStartsAt)!.MeetingId;
        versions = versions.Where(p => p.MeetingId == meetingId).OrderByDescending(p => p.Version).ToList();
        var chosen = version is { } v ? versions.FirstOrDefault(p => p.Version == v) : versions[0];
        if (chosen is null)
        {
            return null;
        }
        var content = await db.MinutesPublications.AsNoTracking().Where(p => p.Id == chosen.Id)
            .Select(p => new { p.Content.PublicHtml, HasDocx = p.Content.PublicDocx.Length > 0 }).FirstAsync();
        // A correction says what it changed: the public text of the version before, compared with this one's.
        string? changes = null;
        if (versions.FirstOrDefault(p => p.Version == chosen.Version - 1) is { } previous)
        {
            var before = await db.MinutesPublications.AsNoTracking().Where(p => p.Id == previous.Id).Select(p => p.Content.PublicHtml).FirstAsync();
            changes = Publication.VersionChanges.Public(previous.Version, before, chosen.Version, content.PublicHtml, headingLevel: 2, id: "what-changed");
        }
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == chosen.MeetingId);
        var zone = meeting?.SeriesId is { } seriesId
            ? await db.MeetingSeries.AsNoTracking().Where(s => s.Id == seriesId).Select(s => s.TimeZoneId).FirstOrDefaultAsync() ?? MeetingSeries.DefaultTimeZone
            : MeetingSeries.DefaultTimeZone;
        // Dated by when it was held, as the minutes themselves are.
        var held = meeting is null ? MeetingTimeText.Day(chosen.MeetingStartsAt, zone) : MeetingTimeText.Span(meeting.HeldAt, meeting.HeldUntil, zone);
        return new ForumMinutes(board.Name, slug, chosen.MeetingNumber, chosen.Title, chosen.MeetingStartsAt, chosen.Version, chosen.PublishedAt,
            chosen.CorrectionNote, chosen.PublicSha256, content.PublicHtml, chosen.Version == versions[0].Version,
            versions.Select(p => new ForumVersion(p.Version, p.PublishedAt, p.CorrectionNote)).ToList(), held)
        {
            ChangesHtml = changes,
            HasDocx = content.HasDocx,
        };
    }

    /// <summary>The public PDF of a published version, exactly as stored at publication.</summary>
    public Task<byte[]?> PdfAsync(string slug, int number, int version) => FileAsync(slug, number, version, Publication.MinutesFileFormat.Pdf);

    /// <summary>The public Word document of a published version, exactly as stored at publication (none for versions published before Word files were made).</summary>
    public Task<byte[]?> DocxAsync(string slug, int number, int version) => FileAsync(slug, number, version, Publication.MinutesFileFormat.Word);

    private async Task<byte[]?> FileAsync(string slug, int number, int version, Publication.MinutesFileFormat format)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var boardId = await db.Boards.AsNoTracking().Where(b => b.Slug == slug).Select(b => (Core.Boards.BoardId?)b.Id).FirstOrDefaultAsync();
        if (boardId is null)
        {
            return null;
        }
        var query = db.MinutesPublications.AsNoTracking()
            .Where(p => p.BoardId == boardId && p.MeetingNumber == number && p.Version == version)
            .OrderByDescending(p => p.MeetingStartsAt);
        var file = format == Publication.MinutesFileFormat.Word
            ? await query.Select(p => p.Content.PublicDocx).FirstOrDefaultAsync()
            : await query.Select(p => p.Content.PublicPdf).FirstOrDefaultAsync();
        return file is { Length: > 0 } ? file : null;
    }

    /// <summary>The latest publications of every board, newest first, for the Atom feed.</summary>
    public async Task<IReadOnlyList<ForumFeedEntry>> FeedAsync(int take = 50)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var rows = await (from p in db.MinutesPublications.AsNoTracking()
                          join b in db.Boards.AsNoTracking() on p.BoardId equals b.Id
                          orderby p.PublishedAt descending
                          select new { p.Id, BoardName = b.Name, b.Slug, p.MeetingNumber, p.Title, p.MeetingStartsAt, p.Version, p.PublishedAt, p.CorrectionNote, p.PublicSha256 })
            .Take(take).ToListAsync();
        return rows.Select(r => new ForumFeedEntry(r.Id, r.BoardName, r.Slug, r.MeetingNumber, r.Title, r.MeetingStartsAt, r.Version, r.PublishedAt, r.CorrectionNote, r.PublicSha256)).ToList();
    }

    public static string MinutesPath(string slug, int number, int version) => $"/forum/{slug}/minutes/{number}/v/{version}";

    public static string PdfPath(string slug, int number, int version) => $"/forum/{slug}/minutes/{number}/v{version}.pdf";

    public static string DocxPath(string slug, int number, int version) => $"/forum/{slug}/minutes/{number}/v{version}.docx";

    private static IQueryable<PublicationSummary> Summaries(IQueryable<MinutesPublication> publications) =>
        publications.AsNoTracking().Select(p => new PublicationSummary(
            p.Id, p.BoardId, p.MeetingId, p.MeetingNumber, p.Title, p.MeetingStartsAt, p.Version, p.PublishedAt, p.CorrectionNote, p.PublicSha256));

    private sealed record PublicationSummary(Guid Id, Core.Boards.BoardId BoardId, Core.Meetings.MeetingId MeetingId, int MeetingNumber, string Title,
        DateTimeOffset MeetingStartsAt, int Version, DateTimeOffset PublishedAt, string CorrectionNote, string PublicSha256);
}
