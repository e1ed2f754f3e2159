using BoardRoom.App.Data;
using BoardRoom.App.Features.Email;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using BoardRoom.Tests.App.Administration;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Email;

/// <summary>
/// Reminders that collect updates, over the real services and a seeded SQLite file: the demo's past meeting left open
/// actions owned by Oliver Bennett and Fiona MacLeod; a week before the next meeting each gets one email.
/// </summary>
public sealed class ActionReminderTests : IAsyncLifetime
{
    private const string Oliver = "oliver.bennett@rdfb.example";
    private const string Fiona = "fiona.macleod@rdfb.example";
    private PlanningHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await PlanningHarness.CreateWithEmailAsync("https://boards.example.org");
        // Three days before the demo board's next meeting.
        _h.Clock.Now = (await _h.NextMeetingAsync()).StartsAt.AddDays(-3);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private ActionReminders Reminders => _h.Services.GetRequiredService<ActionReminders>();

    private async Task<List<OutboxMessage>> RemindersQueuedAsync()
    {
        await using var db = _h.Open();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == EmailKind.ActionReminder).ToListAsync();
    }

    private static string TokenFor(OutboxMessage reminder)
    {
        var text = EmailComposer.Parse(reminder.Mime).TextBody!;
        var url = text.Split('\n').Select(l => l.Trim()).First(l => l.Contains(ActionUpdateLinks.Path + "?token=", StringComparison.Ordinal));
        return QueryHelpers.ParseQuery(new Uri(url).Query)["token"]!;
    }

    [Fact]
    public async Task EachOwnerOfAnOpenAction_GetsOneReminderBeforeTheMeeting_HoweverOftenTheWorkerRuns()
    {
        Assert.Equal(2, await Reminders.QueueDueAsync());
        Assert.Equal(0, await Reminders.QueueDueAsync());

        var queued = await RemindersQueuedAsync();
        Assert.Equal([Fiona, Oliver], queued.Select(m => m.ToAddress).Order());
        var oliver = EmailComposer.Parse(queued.Single(m => m.ToAddress == Oliver).Mime);
        Assert.Contains("care coordination milestones", oliver.TextBody);
        Assert.DoesNotContain("pilot evaluation plan", oliver.TextBody);
        Assert.Contains("https://boards.example.org/actions/update?token=", oliver.HtmlBody);
        Assert.NotNull(oliver.Headers["List-Unsubscribe"]);
    }

    [Fact]
    public async Task NoReminder_MoreThanAWeekBeforeTheMeeting()
    {
        _h.Clock.Now = (await _h.NextMeetingAsync()).StartsAt.AddDays(-8);

        Assert.Equal(0, await Reminders.QueueDueAsync());
    }

    [Fact]
    public async Task TheReminderLink_RecordsTheOwnersStatusAndUpdate_InTheActionsHistory()
    {
        await Reminders.QueueDueAsync();
        var token = TokenFor((await RemindersQueuedAsync()).Single(m => m.ToAddress == Oliver));
        var updates = _h.Services.CreateScope().ServiceProvider.GetRequiredService<ActionUpdates>();

        var view = await updates.GetAsync(token);
        Assert.NotNull(view);
        Assert.Equal("Oliver Bennett", view.OwnerName);
        await updates.ApplyAsync(token, ActionStatus.InProgress, "Milestone table drafted; with the nations for checking.");

        await using var db = _h.Open();
        var oliver = await _h.Database.PersonIdAsync(Oliver);
        var action = await db.Actions.Include(a => a.Updates).AsNoTracking().SingleAsync(a => a.OwnerPersonId == oliver);
        Assert.Equal(ActionStatus.InProgress, action.Status);
        var update = Assert.Single(action.Updates);
        Assert.Equal(oliver, update.By);
        Assert.Equal("Milestone table drafted; with the nations for checking.", update.Comment);
    }

    [Fact]
    public async Task AForgedExpiredOrReassignedLink_OpensNothing()
    {
        await Reminders.QueueDueAsync();
        var token = TokenFor((await RemindersQueuedAsync()).Single(m => m.ToAddress == Oliver));
        var updates = _h.Services.CreateScope().ServiceProvider.GetRequiredService<ActionUpdates>();
        var links = _h.Services.GetRequiredService<ActionUpdateLinks>();
        var (actionId, owner) = links.Read(token)!.Value;

        Assert.Null(await updates.GetAsync(token[..^6] + "AAAAAA"));
        Assert.Null(await updates.GetAsync(links.Create(actionId, owner, DateTimeOffset.UtcNow.AddSeconds(-1))));
        await Assert.ThrowsAsync<DomainRuleException>(() => updates.ApplyAsync(links.Create(actionId, owner, DateTimeOffset.UtcNow.AddSeconds(-1)), ActionStatus.Done, "Done"));
        // A link naming anyone but the action's owner opens nothing.
        var fiona = await _h.Database.PersonIdAsync(Fiona);
        Assert.Null(await updates.GetAsync(links.Create(actionId, fiona, DateTimeOffset.UtcNow.AddDays(1))));
    }

    [Fact]
    public async Task OverdueActions_AreEscalatedToTheSecretariat_OnceAWeek_AndNotToAnyoneElse()
    {
        var digest = _h.Services.GetRequiredService<OverdueDigest>();
        List<ActionItem> open;
        await using (var db = _h.Open())
        {
            open = await db.Actions.AsNoTracking().Where(a => a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress).ToListAsync();
        }
        Assert.NotEmpty(open);
        // A day after the last open action fell due: every open action is overdue.
        _h.Clock.Now = LondonTime.ToUtc(open.Max(a => a.DueOn).AddDays(1), new TimeOnly(9, 0));

        var first = await digest.QueueDueAsync();
        Assert.True(first >= 1);
        Assert.Equal(0, await digest.QueueDueAsync());

        BoardRoom.Core.Boards.Board board;
        await using (var boards = _h.Open())
        {
            board = await boards.Boards.AsNoTracking().SingleAsync(b => b.Slug == PlanningHarness.Board);
        }
        async Task<List<OutboxMessage>> DigestsAsync()
        {
            await using var db = _h.Open();
            return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == EmailKind.OverdueDigest).ToListAsync();
        }
        var all = await DigestsAsync();
        Assert.DoesNotContain(all, m => m.ToAddress is PlanningHarness.Member or PlanningHarness.Observer or PlanningHarness.PermanentCoChair or Oliver or Fiona);
        await using (var db = _h.Open())
        {
            var seats = await db.Memberships.AsNoTracking().Where(m => m.BoardId == board.Id && m.LeftOn == null && m.Role == BoardRoom.Core.Boards.BoardRole.Secretariat)
                .Select(m => m.PersonId).ToListAsync();
            var secretariat = await db.People.Where(p => seats.Contains(p.Id)).Select(p => p.Email).ToListAsync();
            Assert.Equal(secretariat.Order(), all.Where(m => m.BoardId == board.Id).Select(m => m.ToAddress).Order());
        }
        var sent = all.Single(m => m.BoardId == board.Id && m.ToAddress == PlanningHarness.Secretariat);
        var ofBoard = open.Where(a => a.BoardId == board.Id).ToList();
        Assert.Equal($"Overdue actions of UK Rare Diseases Framework Board: {ofBoard.Count} this week", sent.Subject);
        var text = EmailComposer.Parse(sent.Mime).TextBody!;
        foreach (var action in ofBoard)
        {
            Assert.Contains(action.Reference, text);
        }
        Assert.Contains("Oliver Bennett", text);
        Assert.Contains("days overdue", text);

        // The next week: a new digest.
        _h.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(first, await digest.QueueDueAsync());
        Assert.Equal(2, (await DigestsAsync()).Count(m => m.BoardId == board.Id && m.ToAddress == PlanningHarness.Secretariat));
    }
}
