using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Registers;

/// <summary>The actions of the current person's boards: agreed at meetings, updated between them, reviewed at the next.</summary>
public sealed class ActionRegister(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, TimeProvider clock,
    Email.Notifications? notifications = null)
{
    public async Task<string> AgreeAsync(MeetingId meetingId, AgendaItemId itemId, string description, PersonId? ownerPersonId, string ownerOrganisation, string measure, DateOnly dueOn)
    {
        var me = await currentPerson.RequiredIdAsync();
        var reference = await RegisterNumbering.SaveWithNextNumberAsync(dbFactory, async db =>
        {
            var scope = await DecisionRegister.RequireMinutesEditorAsync(db, meetingId, itemId, me, m => m.Include(x => x.AgendaItems));
            var meeting = scope.RequiredMeeting;
            if (ownerPersonId is { } owner && !await db.Memberships.AnyAsync(m => m.BoardId == meeting.BoardId && m.PersonId == owner && m.LeftOn == null))
            {
                throw new DomainRuleException("The owner must be a member of this board (or name an organisation instead).");
            }
            var year = meeting.RegisterYear;
            var next = (await db.Actions.Where(a => a.BoardId == meeting.BoardId && a.Year == year).MaxAsync(a => (int?)a.Sequence) ?? 0) + 1;
            var action = ActionItem.Agree(meeting, itemId, next, description, ownerPersonId, ownerOrganisation, measure, dueOn, clock.GetUtcNow());
            db.Actions.Add(action);
            if (notifications is not null)
            {
                var item = meeting.AgendaItems.First(i => i.Id == itemId);
                await notifications.ActionAssignedAsync(db, scope.Board, action, item.Title, item.IsReserved);
            }
            return action.Reference;
        });
        return reference;
    }

    /// <summary>A comment and/or a status change, by the owner, a co-chair or the secretariat of the board.</summary>
    public async Task UpdateAsync(ActionItemId actionId, string comment, ActionStatus? newStatus)
    {
        var me = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var (action, right) = await LoadForChangeAsync(db, actionId, me);
        if (right == ActionRight.None)
        {
            throw AccessDeniedException.Forbidden("Only the action's owner, a co-chair or the secretariat may update it.");
        }
        action.Update(me, clock.GetUtcNow(), comment, newStatus);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Corrects an action: wording, owner and due date by a co-chair or the secretariat; status (with a comment) also
    /// by its owner. Every change is kept in the action's history. A refusal changes nothing.
    /// </summary>
    public async Task CorrectAsync(ActionItemId actionId, ActionCorrection correction)
    {
        var me = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var (action, right) = await LoadForChangeAsync(db, actionId, me);
        var fields = action.FieldsChangedBy(correction);
        if (right == ActionRight.None)
        {
            throw AccessDeniedException.Forbidden("Only the action's owner, a co-chair or the secretariat may change it.");
        }
        if (right == ActionRight.StatusAndComment && fields.Any(f => f != ActionChangeField.Status))
        {
            throw AccessDeniedException.Forbidden("As its owner you may change the action's status and comment on it; a co-chair or the secretariat corrects the rest.");
        }
        if (correction.OwnerPersonId is { } owner && fields.Contains(ActionChangeField.Owner)
            && !await db.Memberships.AnyAsync(m => m.BoardId == action.BoardId && m.PersonId == owner && m.LeftOn == null))
        {
            throw new DomainRuleException("The owner must be a member of this board (or name an organisation instead).");
        }
        var people = new[] { action.OwnerPersonId, correction.OwnerPersonId }.OfType<PersonId>().ToList();
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
        action.Correct(correction, right, me, clock.GetUtcNow(), id => names.GetValueOrDefault(id, "Former member"));
        if (notifications is not null && fields.Contains(ActionChangeField.Owner) && action.OwnerPersonId is not null)
        {
            var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Id == action.BoardId);
            var item = await db.AgendaItems.AsNoTracking().Where(i => i.Id == action.AgendaItemId).Select(i => new { i.Title, i.IsReserved }).SingleAsync();
            await notifications.ActionAssignedAsync(db, board, action, item.Title, item.IsReserved);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>The current members of the action's board, to choose a new owner from.</summary>
    public async Task<IReadOnlyList<OwnerChoice>> OwnerChoicesAsync(ActionItemId actionId)
    {
        var me = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var (action, right) = await LoadForChangeAsync(db, actionId, me);
        if (right != ActionRight.Everything)
        {
            return [];
        }
        return await (from m in db.Memberships.AsNoTracking()
                      join p in db.People.AsNoTracking() on m.PersonId equals p.Id
                      where m.BoardId == action.BoardId && m.LeftOn == null && m.Role != BoardRole.Observer
                      orderby p.FullName
                      select new OwnerChoice(p.Id, p.FullName)).ToListAsync();
    }

    /// <summary>
    /// The action and what the person may do to it. Someone who may not see it (another board, or a reserved item
    /// they may not read) is told it does not exist.
    /// </summary>
    private static async Task<(ActionItem Action, ActionRight Right)> LoadForChangeAsync(BoardRoomDbContext db, ActionItemId actionId, PersonId me)
    {
        const string notFound = "There is no such action.";
        var action = await db.Actions.Include(a => a.Updates).Include(a => a.Changes).FirstOrDefaultAsync(a => a.Id == actionId)
            ?? throw AccessDeniedException.NotFound(notFound);
        var reserved = await db.AgendaItems.AnyAsync(i => i.Id == action.AgendaItemId && i.IsReserved);
        var scope = await BoardAccess.ForObjectAsync(db, me, action.BoardId, reserved, notFound);
        return (action, ActionRights.Of(action, scope.Seat, me));
    }

    public async Task<IReadOnlyList<ActionRow>> SearchAsync(ActionQuery query)
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
        var rows = await (from a in db.Actions.AsNoTracking().Include(a => a.Updates).Include(a => a.Changes)
                          join b in db.Boards on a.BoardId equals b.Id
                          join m in db.Meetings on a.MeetingId equals m.Id
                          join i in db.AgendaItems on a.AgendaItemId equals i.Id
                          where boardIds.Contains(a.BoardId)
                          select new { a, BoardName = b.Name, b.Slug, MeetingTitle = m.Title, ItemTitle = i.Title, i.IsReserved }).ToListAsync();
        var owners = rows.Select(r => r.a.OwnerPersonId).OfType<PersonId>().Concat(rows.SelectMany(r => r.a.Updates.Select(u => u.By))).Concat(rows.SelectMany(r => r.a.Changes.Select(c => c.By))).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => owners.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
        var nations = await db.Memberships.AsNoTracking().Where(m => owners.Contains(m.PersonId) && boardIds.Contains(m.BoardId))
            .Select(m => new { m.PersonId, m.BoardId, m.Nation }).ToListAsync();
        var today = DateOnly.FromDateTime(LondonTime.ToLocal(clock.GetUtcNow()));
        var text = query.Text?.Trim();

        return rows
            .Where(r => !r.IsReserved || reservedOk.Contains(r.a.BoardId))
            .Where(r => !query.MineOnly || r.a.OwnerPersonId == me.Value)
            .Where(r => string.IsNullOrEmpty(query.BoardSlug) || r.Slug == query.BoardSlug)
            .Select(r =>
            {
                var a = r.a;
                var owner = a.OwnerPersonId is { } o ? names.GetValueOrDefault(o, "Former member") : a.OwnerOrganisation;
                var nation = a.OwnerPersonId is { } p ? nations.FirstOrDefault(n => n.PersonId == p && n.BoardId == a.BoardId)?.Nation : null;
                var membership = memberships.First(m => m.BoardId == a.BoardId);
                var right = ActionRights.Of(a, membership, me.Value);
                return new ActionRow(a.Id, a.Reference, r.BoardName, a.MeetingId, r.MeetingTitle, r.ItemTitle, a.Description, owner, nation,
                    a.Measure, a.DueOn, a.Status, a.IsOverdue(today), a.DropReason, right != ActionRight.None,
                    a.Updates.OrderBy(u => u.At).Select(u => new ActionUpdateRow(u.At, names.GetValueOrDefault(u.By, "Member"), u.Comment, u.NewStatus)).ToList(),
                    right, a.Rag(today), a.OwnerPersonId, a.OwnerOrganisation,
                    a.Changes.OrderBy(c => c.At).Select(c => new HistoryRow(c.At, names.GetValueOrDefault(c.By, "Member"), FieldName(c.Field), c.From, c.To, c.Reason)).ToList());
            })
            .Where(r => !query.OverdueOnly || r.IsOverdue)
            .Where(r => !query.OpenOnly || r.Status is ActionStatus.Open or ActionStatus.InProgress)
            .Where(r => query.Status is null || r.Status == query.Status)
            .Where(r => query.Nation is null || r.OwnerNation == query.Nation)
            .Where(r => string.IsNullOrEmpty(query.Owner) || r.Owner.Contains(query.Owner, StringComparison.OrdinalIgnoreCase))
            .Where(r => string.IsNullOrEmpty(text) || r.Description.Contains(text, StringComparison.OrdinalIgnoreCase)
                || r.Reference.Contains(text, StringComparison.OrdinalIgnoreCase) || r.Measure.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Status is ActionStatus.Done or ActionStatus.Dropped).ThenBy(r => r.DueOn)
            .ToList();
    }

    public async Task<string> CsvAsync(ActionQuery query)
    {
        var rows = await SearchAsync(query);
        return Csv.Write(["Reference", "Board", "Meeting", "Item", "Action", "Owner", "Nation", "Measure of success", "Due", "Status", "Overdue"],
            rows.Select(r => (IReadOnlyList<string>)[r.Reference, r.BoardName, r.MeetingTitle, r.ItemTitle, r.Description, r.Owner,
                r.OwnerNation?.Display() ?? string.Empty, r.Measure, r.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                StatusName(r.Status), r.IsOverdue ? "yes" : "no"]));
    }

    public static string StatusName(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string FieldName(ActionChangeField field) => field switch
    {
        ActionChangeField.DueDate => "Due date",
        _ => field.ToString(),
    };
}
