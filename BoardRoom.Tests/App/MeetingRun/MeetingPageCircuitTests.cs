using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Testing.Circuits;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.MeetingRun;

/// <summary>
/// Over real circuits (<see cref="BlazorCircuitClient"/>, as the board-day benchmark drives them) on a real app: the
/// chair clicks "Next item" on the run page, and a member's meeting page, never reloaded, follows every click.
/// </summary>
public sealed class MeetingPageCircuitTests
{
    [Fact]
    public async Task AMembersMeetingPage_FollowsEachOfTheChairsClicks_InOrder()
    {
        await using var server = await AppServer.StartAsync();
        Meeting meeting;
        await using (var db = ServerDatabase.Open(server))
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
            var now = DateTimeOffset.UtcNow;
            meeting = Meeting.Schedule(board.Id, null, 900, "Circuit test meeting", now, TimeSpan.FromHours(2), "Online", "https://meet.example/circuit");
            foreach (var title in new[] { "Opening", "Budget", "Workforce", "Close" })
            {
                meeting.AddAgendaItem(title, AgendaPurpose.ForDiscussion, "Helen Marsh", 10);
            }
            meeting.Start(now, confirmedOffSchedule: true);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
        }
        var chairCookies = await SignIn.SessionCookiesAsync(server, "helen.marsh@rdfb.example");
        var memberCookies = await SignIn.SessionCookiesAsync(server, "aisha.rahman@rdfb.example");
        await using var chair = await BlazorCircuitClient.StartAsync(server.BaseAddress, chairCookies, $"meetings/{meeting.Id}/run");
        await using var member = await BlazorCircuitClient.StartAsync(server.BaseAddress, memberCookies, $"meetings/{meeting.Id}");
        var seen = new List<string>();
        var banners = new[] { "2. Budget", "3. Workforce", "4. Close" };
        var allSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        member.BatchReceived += (batch, _) =>
        {
            lock (seen)
            {
                foreach (var banner in banners.Where(b => !seen.Contains(b) && batch.ContainsString(b)))
                {
                    seen.Add(banner);
                }
                if (seen.Count == banners.Length)
                {
                    allSeen.TrySetResult();
                }
            }
        };

        foreach (var banner in banners)
        {
            var next = chair.Handlers.Find("next-item");
            Assert.True(next is not null, "The run page shows no Next item button.");
            await chair.ClickAsync(next.Value);
            // The next click waits until the member's page shows this one, as a chair waits for the room.
            await WaitUntilAsync(() => { lock (seen) { return seen.Contains(banner); } }, $"the member's page to show '{banner}'");
        }

        await allSeen.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(banners, seen);
        Assert.True(member.IsLive, member.Error);
        Assert.True(chair.IsLive, chair.Error);
        await using var check = ServerDatabase.Open(server);
        var stored = await check.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == meeting.Id);
        Assert.Equal("Close", stored.AgendaItems.Single(i => i.Id == stored.CurrentItemId).Title);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(25);
        }
    }
}
