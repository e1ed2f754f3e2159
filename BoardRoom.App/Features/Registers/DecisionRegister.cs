using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Registers;

/// <summary>The decisions of the current person's boards, across meetings; and the capture of a new one.</summary>
public sealed class DecisionRegister(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, MeetingLiveNotifier notifier, TimeProvider clock)
{
    /// <summary>Records a decision on an agenda item. Anyone who may edit the board's minutes may capture it.</summary>
    public async Task<string> RecordAsync(MeetingId meetingId, AgendaItemId itemId, string text, DecisionMethod method, int votesFor, int votesAgainst, int abstentions)
    {
        var me = await currentPerson.RequiredIdAsync();
        var reference = await RegisterNumbering.SaveWithNextNumberAsync(dbFactory, async db =>
        {
            // Attendance and declarations too: Core checks the quorum on the current item while the meeting runs.
            var meeting = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Declarations).AsSplitQuery()
                .AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId)
                ?? throw AccessDeniedException.NotFound("There is no such meeting.");
            await RequireMinutesEditorAsync(db, meeting, itemId, me);
            var board = await db.Boards.Include(b => b.Members).AsNoTracking().FirstAsync(b => b.Id == meeting.BoardId);
            var year = LondonTime.ToLocal(meeting.StartsAt).Year;
            var next = (await db.Decisions.Where(d => d.BoardId == meeting.BoardId && d.Year == year).MaxAsync(d => (int?)d.Sequence) ?? 0) + 1;
            var decision = Decision.Record(board, meeting, itemId, next, text, method, votesFor, votesAgainst, abstentions, me, clock.GetUtcNow());
            db.Decisions.Add(decision);
            return decision.Reference;
        });
        notifier.Publish(meetingId);
        return reference;
    }

    public async Task<IReadOnlyList<DecisionRow>> SearchAsync(DecisionQuery query)
    {
        var me = await currentPerson.IdAsync();
        if (me is null)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.PersonId == me.Value && m.LeftOn == null).ToListAsync();
        var boardIds = memberships.Select(m => m.BoardId).ToList();
        var reservedOk = memberships.Where(m => m.Can(BoardCapability.ViewReservedBusiness)).Select(m => m.BoardId).ToHashSet();
        var rows = await (from d in db.Decisions.AsNoTracking()
                          join b in db.Boards on d.BoardId equals b.Id
                          join m in db.Meetings on d.MeetingId equals m.Id
                          join i in db.AgendaItems on d.AgendaItemId equals i.Id
                          where boardIds.Contains(d.BoardId)
                          select new { d, b.Name, b.Slug, MeetingTitle = m.Title, m.StartsAt, ItemTitle = i.Title, i.IsReserved }).ToListAsync();
        var text = query.Text?.Trim();
        return rows
            .Where(r => !r.IsReserved || reservedOk.Contains(r.d.BoardId))
            .Where(r => string.IsNullOrEmpty(query.BoardSlug) || r.Slug == query.BoardSlug)
            .Where(r => query.Year is null || r.d.Year == query.Year)
            .Where(r => query.Method is null || r.d.Method == query.Method)
            .Where(r => string.IsNullOrEmpty(text) || r.d.Text.Contains(text, StringComparison.OrdinalIgnoreCase)
                || r.d.Reference.Contains(text, StringComparison.OrdinalIgnoreCase) || r.ItemTitle.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.d.Year).ThenByDescending(r => r.d.Sequence)
            .Select(r => new DecisionRow(r.d.Reference, r.Name, r.Slug, r.d.MeetingId, r.MeetingTitle, r.StartsAt, r.ItemTitle, r.d.Text, r.d.HowDecided))
            .ToList();
    }

    public async Task<string> CsvAsync(DecisionQuery query)
    {
        var rows = await SearchAsync(query);
        return Csv.Write(["Reference", "Board", "Meeting", "Date", "Item", "Decision", "How decided"],
            rows.Select(r => (IReadOnlyList<string>)[r.Reference, r.BoardName, r.MeetingTitle,
                LondonTime.ToLocal(r.MeetingDate).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.ItemTitle, r.Text, r.HowDecided]));
    }

    internal static async Task RequireMinutesEditorAsync(BoardRoomDbContext db, Meeting meeting, AgendaItemId itemId, Core.People.PersonId me)
    {
        var membership = await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.BoardId == meeting.BoardId && m.PersonId == me && m.LeftOn == null);
        if (membership is null || !membership.Can(BoardCapability.EditMinutes))
        {
            throw AccessDeniedException.Forbidden("Only members who take this board's minutes may record its decisions and actions.");
        }
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            throw new DomainRuleException("The meeting was cancelled.");
        }
        if (await db.MinutesSections.AnyAsync(s => s.MeetingId == meeting.Id && s.LockedAt != null))
        {
            throw new DomainRuleException("This meeting's minutes are approved and locked.");
        }
        if (!meeting.AgendaItems.Any(i => i.Id == itemId))
        {
            throw AccessDeniedException.NotFound("That item is not on this meeting's agenda.");
        }
    }
}
