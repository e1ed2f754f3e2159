using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// The review of a meeting's minutes not yet settled, for the publication page before approval: comments not resolved
/// (issue #15, item 5; <see cref="MinutesComments"/> keeps them) and suggestions not decided (item 6;
/// <see cref="MinutesSuggestions"/>). The page decides who may see it; this only leaves reserved items' review out for
/// those who may not read reserved business.
/// </summary>
public sealed class MinutesOpenThreads(IDbContextFactory<BoardRoomDbContext> dbFactory)
{
    /// <summary>An open thread as the publication page lists it before approval.</summary>
    public sealed record OpenThread(Guid Id, Guid SectionId, int ItemPosition, string ItemTitle, string Quote, string OpenedBy,
        string FirstText, int Replies, DateTimeOffset LastAt);

    /// <summary>An undecided suggestion as the publication page lists it before approval.</summary>
    public sealed record OpenSuggestion(Guid Id, Guid SectionId, int ItemPosition, string ItemTitle, string Original, string Replacement,
        string Author, DateTimeOffset At);

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

    /// <summary>The meeting's undecided suggestions, in agenda order; reserved items' only when <paramref name="includeReserved"/>.</summary>
    public async Task<IReadOnlyList<OpenSuggestion>> SuggestionsForMeetingAsync(MeetingId meetingId, bool includeReserved, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from s in db.Suggestions.AsNoTracking()
                          where s.MeetingId == meetingId && s.Status == SuggestionStatus.Open
                          join i in db.AgendaItems.AsNoTracking() on s.SectionId equals i.Id
                          where includeReserved || !i.IsReserved
                          select new { Suggestion = s, i.Position, i.Title }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Position).ThenBy(r => r.Suggestion.At).Select(r => new OpenSuggestion(r.Suggestion.Id,
            r.Suggestion.SectionId.Value, r.Position, r.Title, r.Suggestion.Original, r.Suggestion.Replacement, r.Suggestion.AuthorName,
            r.Suggestion.At)).ToList();
    }
}
