using System.Net;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static BoardRoom.Tests.Support.HubCalls;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// Two app nodes on one database and one Redis: what the secretariat or the person does on node A reaches the
/// person's open connections and pages on node B at once, not at their next call. A member made observer on A loses
/// the reserved section she has open on B and her meeting page on B stops showing reserved items; signing out on A
/// closes her connections on B.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterRevocationBrowserTests(BrowserFixture browser)
{
    private const string Aisha = "aisha.rahman@rdfb.example";

    [Fact]
    public async Task ADemotionAndASignOutOnNodeA_ReachTheMembersConnectionsAndPageOnNodeB_AtOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString };
        await using var nodeA = await AppServer.StartAsync(settings: settings);
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory, settings);
        var sections = await ServerDatabase.SectionsAsync(nodeA, "uk-rare-diseases");
        var reserved = sections.First(s => s.Reserved).Id;
        var open = sections.First(s => !s.Reserved).Id;
        Guid meeting;
        await using (var db = ServerDatabase.Open(nodeA))
        {
            meeting = db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(reserved)).Select(i => i.MeetingId).Single().Value;
        }

        // On node B: Aisha's minutes connections (a reserved section and a public one) and her meeting page.
        await using var inReserved = await LiveMinutesClient.ConnectAsync(nodeB, Aisha, "reserved");
        await using var inOpen = await LiveMinutesClient.ConnectAsync(nodeB, Aisha, "open");
        await inReserved.JoinAsync(reserved);
        await inOpen.JoinAsync(open);
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, nodeB, Aisha);
        await page.GotoAsync($"meetings/{meeting}");
        await BrowserSession.WaitForInteractiveAsync(page);
        var reservedChips = page.Locator("[data-testid=agenda-item]", new() { HasText = "Reserved" });
        Assert.True(await reservedChips.CountAsync() > 0, "a member sees the reserved items");

        // The secretariat, on node A, makes her an observer.
        await AdminPage.ChangeMemberAsync(browser.Browser, nodeA, "Aisha Rahman", "Make observer");

        await WaitForAsync(() => inReserved.Revocations.Count == 1);
        Assert.Equal(reserved, inReserved.Revocations[0].GetProperty("sectionId").GetGuid());
        Assert.Equal("forbidden", inReserved.Revocations[0].GetProperty("code").GetString());
        Assert.Empty(inOpen.Revocations);
        // Her page on node B, never reloaded, re-reads as an observer's.
        await Assertions.Expect(reservedChips).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("are not shown to observers")).ToBeVisibleAsync();

        // She signs out on node A: her connection on node B, which only listens, is closed at once.
        var closed = new TaskCompletionSource();
        inOpen.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        using (var onA = await SignIn.SignedInClientAsync(nodeA, Aisha))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignIn.SignOutAsync(onA)).StatusCode);
        }
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(4));
        Assert.Equal(HubConnectionState.Disconnected, inOpen.Connection.State);

        await page.Context.CloseAsync();
    }
}
