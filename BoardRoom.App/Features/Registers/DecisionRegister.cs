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
public sealed class DecisionRegister(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, TimeProvider clock)
{
    /// <summary>Records a decision on an agenda item. Anyone who may edit the board's minutes may capture it.</summary>
    public async Task<string> RecordAsync(MeetingId meetingId, AgendaItemId itemId, string text, DecisionMethod method, int votesFor, int votesAgainst, int abstentions)
    {
        var me = await currentPerson.RequiredIdAsync();
        var reference = await RegisterNumbering.SaveWithNextNumberAsync(dbFactory, async db =>
        {
            // Attendance and declarations too: Core checks the quorum on the current item while the meeting runs.
            var scope = await RequireMinutesEditorAsync(db, meetingId, itemId, me,
                m => m.Include(x => x.AgendaItems).Include(x => x.Attendance).Include(x => x.Declarations).AsSplitQuery());
            var (board, meeting) = (scope.Board, scope.RequiredMeeting);
            var year = meeting.RegisterYear;
            var next = (await db.Decisions.Where(d => d.BoardId == meeting.BoardId && d.Year == year).MaxAsync(d => (int?)d.Sequence) ?? 0) + 1;
            var decision = Decision.Record(board, meeting, itemId, next, text, method, votesFor, votesAgainst, abstentions, me, clock.GetUtcNow());
            db.Decisions.Add(decision);
            return decision.Reference;
        });
        return reference;
    }

    /// <summary>Corrects a decision's wording, with a reason, kept in its history. Published minutes are not touched.</summary>
    public Task CorrectWordingAsync(DecisionId id, string text, string reason) =>
        ChangeAsync(id, (db, decision, me, at) => Task.FromResult(decision.CorrectWording(text, reason, me, at)));

    public Task RescindAsync(DecisionId id, string reason) =>
        ChangeAsync(id, (db, decision, me, at) => Task.FromResult(decision.Rescind(reason, me, at)));

    /// <summary>Marks a decision superseded by a later one of its board, named by its reference (D-2026-08).</summary>
    public Task SupersedeAsync(DecisionId id, string laterReference, string reason) =>
        ChangeAsync(id, async (db, decision, me, at) =>
        {
            var later = await FindByReferenceAsync(db, decision.BoardId, laterReference)
                ?? throw new DomainRuleException($"There is no decision {laterReference.Trim()} of this board.");
            return decision.SupersedeBy(later, reason, me, at);
        });

    /// <summary>
    /// Loads the decision, checks who may change it (someone who may not see it is told it does not exist), applies
    /// the change and saves. A refused change saves nothing.
    /// </summary>
    private async Task ChangeAsync(DecisionId id, Func<BoardRoomDbContext, Decision, Core.People.PersonId, DateTimeOffset, Task<DecisionChange>> change)
    {
        var me = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        const string notFound = "There is no such decision.";
        var decision = await db.Decisions.Include(d => d.Changes).FirstOrDefaultAsync(d => d.Id == id)
            ?? throw AccessDeniedException.NotFound(notFound);
        var reserved = await db.AgendaItems.AnyAsync(i => i.Id == decision.AgendaItemId && i.IsReserved);
        var scope = await BoardAccess.ForObjectAsync(db, me, decision.BoardId, reserved, notFound);
        if (!DecisionRights.MayCorrect(decision, scope.Seat))
        {
            throw AccessDeniedException.Forbidden("Only the secretariat or a co-chair may correct, rescind or supersede a decision.");
        }
        await change(db, decision, me, clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    private static async Task<Decision?> FindByReferenceAsync(BoardRoomDbContext db, Core.Boards.BoardId boardId, string reference)
    {
        var parts = (reference ?? string.Empty).Trim().Split('-');
        if (parts.Length != 3 || !string.Equals(parts[0], "D", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            throw new DomainRuleException("Name the later decision by its reference, for example D-2026-08.");
        }
        return await db.Decisions.FirstOrDefaultAsync(d => d.BoardId == boardId && d.Year == year && d.Sequence == sequence);
    }

    public async Task<IReadOnlyList<DecisionRow>> SearchAsync(DecisionQuery query)
    {
        var me = await currentPerson.IdAsync();
        if (me is null)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        var memberships = await BoardAccess.SeatsOfAsync(db, me.Value);
        var boardIds = memberships.Select(m => m.BoardId).ToList();
        var reservedOk = memberships.Where(m => m.Can(BoardCapability.ViewReservedBusiness)).Select(m => m.BoardId).ToHashSet();
        // Dated by when the meeting was held once it started, as the minutes are, not by the slot it was planned for.
        var rows = await (from d in db.Decisions.AsNoTracking().Include(d => d.Changes)
                          join b in db.Boards on d.BoardId equals b.Id
                          join m in db.Meetings on d.MeetingId equals m.Id
                          join i in db.AgendaItems on d.AgendaItemId equals i.Id
                          where boardIds.Contains(d.BoardId)
                          select new { d, b.Name, b.Slug, MeetingTitle = m.Title, m.StartsAt, m.StartedAt, ItemTitle = i.Title, i.IsReserved }).ToListAsync();
        var text = query.Text?.Trim();
        var visible = rows.Where(r => !r.IsReserved || reservedOk.Contains(r.d.BoardId)).ToList();
        // A superseding decision is named only to those who may see it: an observer is not told a reserved one exists.
        var references = visible.ToDictionary(r => r.d.Id, r => r.d.Reference);
        var changers = visible.SelectMany(r => r.d.Changes.Select(c => c.By)).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => changers.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
        return visible
            .Where(r => string.IsNullOrEmpty(query.BoardSlug) || r.Slug == query.BoardSlug)
            .Where(r => query.Year is null || r.d.Year == query.Year)
            .Where(r => query.Method is null || r.d.Method == query.Method)
            .Where(r => string.IsNullOrEmpty(text) || r.d.Text.Contains(text, StringComparison.OrdinalIgnoreCase)
                || r.d.Reference.Contains(text, StringComparison.OrdinalIgnoreCase) || r.ItemTitle.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.d.Year).ThenByDescending(r => r.d.Sequence)
            .Select(r => new DecisionRow(r.d.Reference, r.Name, r.Slug, r.d.MeetingId, r.MeetingTitle, r.StartedAt ?? r.StartsAt, r.ItemTitle, r.d.Text, r.d.HowDecided,
                r.d.Id, r.d.Status, r.d.SupersededById is { } later ? references.GetValueOrDefault(later) : null, r.d.IsCorrected,
                DecisionRights.MayCorrect(r.d, memberships.First(m => m.BoardId == r.d.BoardId)),
                r.d.Changes.OrderBy(c => c.At).Select(c => new HistoryRow(c.At, names.GetValueOrDefault(c.By, "Member"), KindName(c.Kind), c.From, c.To, c.Reason)).ToList()))
            .ToList();
    }

    public async Task<string> CsvAsync(DecisionQuery query)
    {
        var rows = await SearchAsync(query);
        return Csv.Write(["Reference", "Board", "Meeting", "Date", "Item", "Decision", "How decided"],
            rows.Select(r => (IReadOnlyList<string>)[r.Reference, r.BoardName, r.MeetingTitle,
                LondonTime.ToLocal(r.MeetingDate).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.ItemTitle, r.Text, r.HowDecided]));
    }

    public static string KindName(DecisionChangeKind kind) => kind switch
    {
        DecisionChangeKind.Wording => "Wording corrected",
        _ => kind.ToString(),
    };

    public static string StatusName(DecisionStatus status) => status == DecisionStatus.InForce ? "In force" : status.ToString();

    /// <summary>
    /// The meeting (with what <paramref name="include"/> loads) for recording on one of its items: the person must take
    /// the board's minutes and, for a reserved item, read reserved business; the item must be on the agenda and the
    /// minutes still open.
    /// </summary>
    internal static async Task<BoardScope> RequireMinutesEditorAsync(BoardRoomDbContext db, MeetingId meetingId, AgendaItemId itemId, Core.People.PersonId me,
        Func<IQueryable<Meeting>, IQueryable<Meeting>> include)
    {
        var scope = await BoardAccess.ForMeetingAsync(db, me, meetingId, BoardRight.EditMinutes, include,
            refusal: "Only members who take this board's minutes may record its decisions and actions.");
        var meeting = scope.RequiredMeeting;
        if (meeting.AgendaItems.FirstOrDefault(i => i.Id == itemId) is not { } item || (item.IsReserved && !scope.ReadsReserved))
        {
            throw AccessDeniedException.NotFound("That item is not on this meeting's agenda.");
        }
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            throw new DomainRuleException("The meeting was cancelled.");
        }
        if (await db.MinutesSections.AnyAsync(s => s.MeetingId == meeting.Id && s.LockedAt != null))
        {
            throw new DomainRuleException("This meeting's minutes are approved and locked.");
        }
        return scope;
    }
}
