using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// Two app nodes on one database and one Redis (docs/deployment.md), each browser on a different node: the co-chair's
/// commands on node A reach the member's meeting page on node B, the member's declaration on B reaches the co-chair's
/// page on A, and a change made while Redis was away reaches the other node's pages once it is back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterMeetingBrowserTests(BrowserFixture browser)
{
    private static readonly string[] Present = ["Helen Marsh", "Aisha Rahman", "Grace Okafor", "Euan Campbell", "Carys Morgan"];

    [Fact]
    public async Task AMeetingRunOnNodeA_IsFollowedLiveOnNodeB_AndTheOtherWayRound_AndAfterRedisComesBack()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString };
        await using var nodeA = await AppServer.StartAsync(settings: settings);
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory, settings);

        var chair = await BrowserSession.SignedInPageAsync(browser.Browser, nodeA, "helen.marsh@rdfb.example");
        await BrowserSession.WaitForInteractiveAsync(chair);
        var meetingHref = (await chair.Locator("[data-testid=meeting-row]").First.GetAttributeAsync("href"))!.TrimStart('/');
        var member = await BrowserSession.SignedInPageAsync(browser.Browser, nodeB, "aisha.rahman@rdfb.example");
        await member.GotoAsync(meetingHref);
        await BrowserSession.WaitForInteractiveAsync(member);

        await chair.GotoAsync(meetingHref + "/run");
        await BrowserSession.WaitForInteractiveAsync(chair);
        await RunPage.StartAsync(chair);
        foreach (var name in Present)
        {
            await RunPage.MarkAsync(chair, name);
        }

        // Node B's page, never reloaded, follows the meeting started and attended on node A.
        var current = member.Locator("[data-testid=current-item-title]");
        await Assertions.Expect(current).ToHaveTextAsync("1. Welcome, introductions and apologies");
        await Assertions.Expect(member.Locator("[data-testid=quorum]")).ToHaveAttributeAsync("data-quorate", "true");
        await chair.ClickAsync("[data-testid=next-item]");
        await Assertions.Expect(current).ToHaveTextAsync("2. Declarations of interest");

        // The member's declaration on node B withdraws her; the co-chair's page on node A loses quorum.
        await member.ClickAsync("[data-testid=declare-interest]");
        await member.Locator("textarea[data-testid=declare-text], [data-testid=declare-text] textarea").First.FillAsync("Trustee of a charity that applied for funding");
        await member.ClickAsync("[data-testid=declare-save]");
        await Assertions.Expect(chair.Locator("[data-testid=quorum]")).ToHaveAttributeAsync("data-quorate", "false");

        // Redis goes away; the co-chair moves on (node A saves it; the news cannot cross yet). Once Redis is back, node B's
        // page shows it without anyone touching it (the relay re-reads every page when its connection is restored).
        await redis.StopAsync();
        await chair.ClickAsync("[data-testid=next-item]");
        await redis.RestartAsync();
        await Assertions.Expect(current).ToHaveTextAsync("3. Minutes of the last meeting and matters arising", new() { Timeout = 30_000 });

        await chair.Context.CloseAsync();
        await member.Context.CloseAsync();
    }
}
