using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// Reminders that collect updates: the board's <see cref="Board.ActionReminderDays"/> before the next meeting of a
/// series, each owner of an open action of that series gets one email listing their actions, each with a link that
/// opens that action for them alone until the day after the meeting (<see cref="ActionUpdateLinks"/>). Queued once per
/// owner and meeting (the outbox's unique dedupe key), however often and on however many instances this runs. Actions
/// on reserved items are listed only to an owner whose seat may read them.
/// </summary>
public sealed class ActionReminders(
    IDbContextFactory<BoardRoomDbContext> dbFactory,
    EmailComposer composer,
    ActionUpdateLinks links,
    TimeProvider clock)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Queues the reminders now due; returns how many were queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var days = await db.Boards.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.ActionReminderDays, cancellationToken);
        var upcoming = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Scheduled && m.SeriesId != null && m.StartsAt > now)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var meeting in upcoming.GroupBy(m => m.SeriesId).Select(g => g.MinBy(m => m.StartsAt)!)
            .Where(m => m.StartsAt <= now.AddDays(days.GetValueOrDefault(m.BoardId, Board.DefaultActionReminderDays))))
        {
            queued += await RemindForAsync(db, meeting, cancellationToken);
        }
        return queued;
    }

    private async Task<int> RemindForAsync(BoardRoomDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Id == meeting.BoardId, cancellationToken);
        var ofSeries = db.Meetings.Where(m => m.SeriesId == meeting.SeriesId).Select(m => m.Id);
        var actions = await db.Actions.AsNoTracking()
            .Where(a => a.BoardId == board.Id && a.OwnerPersonId != null && (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress)
                && ofSeries.Contains(a.MeetingId))
            .ToListAsync(cancellationToken);
        var itemIds = actions.Select(a => a.AgendaItemId).Distinct().ToList();
        var reserved = (await db.AgendaItems.AsNoTracking().Where(i => itemIds.Contains(i.Id) && i.IsReserved).Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet();
        var today = DateOnly.FromDateTime(LondonTime.ToLocal(clock.GetUtcNow()));
        var expires = meeting.StartsAt.AddDays(1);
        var queued = 0;
        foreach (var owned in actions.GroupBy(a => a.OwnerPersonId!.Value))
        {
            var seat = board.ActiveMembershipOf(owned.Key);
            var mine = owned.Where(a => seat is not null && (!reserved.Contains(a.AgendaItemId) || seat.Can(BoardCapability.ViewReservedBusiness)))
                .OrderBy(a => a.DueOn).ThenBy(a => a.Year).ThenBy(a => a.Sequence).ToList();
            var key = $"action-reminder:{meeting.Id}:{owned.Key}";
            if (mine.Count == 0 || await db.OutboxMessages.AnyAsync(m => m.DedupeKey == key, cancellationToken))
            {
                continue;
            }
            var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == owned.Key, cancellationToken);
            var list = mine.Select(a => new EmailLink(
                $"{a.Reference}: {a.Description}",
                $"{ActionUpdateLinks.Path}?token={Uri.EscapeDataString(links.Create(a.Id, owned.Key, expires))}",
                $"due {a.DueOn.ToString("d MMMM yyyy", EnGb)}{(a.IsOverdue(today) ? ", overdue" : string.Empty)}")).ToList();
            var added = await composer.QueueAsync(db, new EmailDraft(
                EmailKind.ActionReminder, person.Email, person.FullName,
                $"Your actions before {meeting.Title} on {MeetingTimeText.Day(meeting.StartsAt)}",
                mine.Count == 1 ? "One action to update before the meeting" : $"{mine.Count} actions to update before the meeting",
                [
                    $"{meeting.Title} meets on {MeetingTimeText.DayAndTime(meeting.StartsAt)} and will review the actions below.",
                    "Follow an action's link to give its status and a one-line update; no sign-in is needed. Each link opens that action only, until the day after the meeting.",
                ])
            {
                ListHeading = "Your open actions",
                List = list,
                DedupeKey = key,
            }.ToMemberOf(board, person.Id), cancellationToken);
            if (added && await EmailComposer.SaveOnceAsync(db, cancellationToken))
            {
                queued++;
            }
        }
        return queued;
    }
}
