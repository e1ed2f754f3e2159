using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// Overdue actions escalated to the secretariat: once a week (ISO week, London time), each member of a board's
/// secretariat gets one email listing that board's open actions past their due date, oldest first, with their
/// owners. Queued once per person, board and week (the outbox's unique dedupe key), however often and on however
/// many instances this runs; nothing is sent for a board with no overdue action.
/// </summary>
public sealed class OverdueDigest(IDbContextFactory<BoardRoomDbContext> dbFactory, EmailComposer composer, TimeProvider clock)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Queues this week's digests not queued yet; returns how many were queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var local = LondonTime.ToLocal(clock.GetUtcNow());
        var today = DateOnly.FromDateTime(local);
        var week = $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var overdue = await db.Actions.AsNoTracking()
            .Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueOn < today)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var ofBoard in overdue.GroupBy(a => a.BoardId))
        {
            var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Id == ofBoard.Key, cancellationToken);
            var ownerIds = ofBoard.Select(a => a.OwnerPersonId).OfType<Core.People.PersonId>().Distinct().ToList();
            var owners = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
            var list = ofBoard.OrderBy(a => a.DueOn).ThenBy(a => a.Year).ThenBy(a => a.Sequence)
                .Select(a => new EmailLink(
                    $"{a.Reference}: {a.Description}",
                    "/actions",
                    $"{(a.OwnerPersonId is { } o ? owners.GetValueOrDefault(o, "Former member") : a.OwnerOrganisation)}; due {a.DueOn.ToString("d MMMM yyyy", EnGb)}, {today.DayNumber - a.DueOn.DayNumber} days overdue"))
                .ToList();
            var secretariat = board.Members.Where(m => m.IsActive && m.Can(BoardCapability.Administer)).Select(m => m.PersonId).ToList();
            var people = await db.People.AsNoTracking().Where(p => secretariat.Contains(p.Id)).ToListAsync(cancellationToken);
            foreach (var person in people.Where(p => !string.IsNullOrWhiteSpace(p.Email)))
            {
                var key = $"overdue-digest:{board.Id}:{week}:{person.Id}";
                if (await db.OutboxMessages.AnyAsync(m => m.DedupeKey == key, cancellationToken))
                {
                    continue;
                }
                var added = await composer.QueueAsync(db, new EmailDraft(
                    EmailKind.OverdueDigest, person.Email, person.FullName,
                    $"Overdue actions of {board.Name}: {list.Count} this week",
                    list.Count == 1 ? "One action is overdue" : $"{list.Count} actions are overdue",
                    [$"These open actions of {board.Name} are past their due date. Chase their owners, or correct the due date (with a reason) in the action register."])
                {
                    ListHeading = "Overdue actions",
                    List = list,
                    DedupeKey = key,
                }.ToMemberOf(board, person.Id), cancellationToken);
                if (added && await EmailComposer.SaveOnceAsync(db, cancellationToken))
                {
                    queued++;
                }
            }
        }
        return queued;
    }
}
