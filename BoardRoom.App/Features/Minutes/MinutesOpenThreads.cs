using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// The review comments on a meeting's minutes not yet resolved, for the publication page before approval (issue #15,
/// item 5; <see cref="MinutesComments"/> keeps them). The page decides who may see it; this only leaves reserved
/// items' threads out for those who may not read reserved business.
/// </summary>
public sealed class MinutesOpenThreads(IDbContextFactory<BoardRoomDbContext> dbFactory)
{
    /// <summary>An open thread as the publication page lists it before approval.</summary>
    public sealed record OpenThread(Guid Id, Guid SectionId, int ItemPosition, string ItemTitle, string Quote, string OpenedBy,
        string FirstText, int Replies, DateTimeOffset LastAt);

    /// <summary>
    /// The meeting's open threads for the publication page, in agenda order; reserved items' only when
    /// <paramref name="includeReserved"/> (the caller may read reserved business).
    /// </summary>
    public async Task<IReadOnlyList<OpenThread>> ForMeetingAsync(MeetingId meetingId, bool includeReserved, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from t in db.CommentThreads.AsNoTracking().Include(t => t.Replies)
                          where t.MeetingId == meetingId && t.ResolvedAt == null
                          join i in db.AgendaItems.AsNoTracking() on t.SectionId equals i.Id
                          where includeReserved || !i.IsReserved
                          select new { Thread = t, i.Position, i.Title }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Position).ThenBy(r => r.Thread.OpenedAt).Select(r =>
        {
            var replies = r.Thread.Replies;
            return new OpenThread(r.Thread.Id, r.Thread.SectionId.Value, r.Position, r.Title, r.Thread.Quote, replies[0].AuthorName,
                replies[0].Text, replies.Count - 1, replies[^1].At);
        }).ToList();
    }
}
