using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>A co-chair runs the meeting in one browser; a member follows it in another. Own server: it changes the meeting.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingRunBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheMembersPageFollowsTheCoChair_AndQuorumDropsWhenAMemberDeclaresAndWithdraws()
    {
        await using var server = await AppServer.StartAsync();
        var chair = await BrowserSession.SignedInPageAsync(browser.Browser, server, "helen.marsh@rdfb.example");
        await BrowserSession.WaitForInteractiveAsync(chair);
        var meetingHref = await chair.Locator("[data-testid=meeting-row]").First.GetAttributeAsync("href");
        var member = await BrowserSession.SignedInPageAsync(browser.Browser, server, "aisha.rahman@rdfb.example");
        await member.GotoAsync(meetingHref!.TrimStart('/'));
        await BrowserSession.WaitForInteractiveAsync(member);

        await chair.GotoAsync(meetingHref.TrimStart('/') + "/run");
        await BrowserSession.WaitForInteractiveAsync(chair);
        await RunPage.StartAsync(chair);
        foreach (var name in new[] { "Helen Marsh", "Aisha Rahman", "Grace Okafor", "Euan Campbell", "Carys Morgan" })
        {
            await RunPage.MarkAsync(chair, name);
        }

        // The member's page, never reloaded, shows the meeting live on its first item and quorate (latency is for benchmarks).
        var current = member.Locator("[data-testid=current-item-title]");
        await Assertions.Expect(current).ToHaveTextAsync("1. Welcome, introductions and apologies");
        await Assertions.Expect(member.Locator("[data-testid=quorum]")).ToHaveAttributeAsync("data-quorate", "true");

        await chair.ClickAsync("[data-testid=next-item]");
        await Assertions.Expect(current).ToHaveTextAsync("2. Declarations of interest");
        await Assertions.Expect(member.Locator("tr[data-current=true]")).ToContainTextAsync("Declarations of interest");
        await Assertions.Expect(member.Locator("[data-testid=item-clock]")).ToContainTextAsync("/ 5:00");

        // Aisha declares an interest in the current item and withdraws: five present, four count, not quorate.
        await member.ClickAsync("[data-testid=declare-interest]");
        await member.Locator("textarea[data-testid=declare-text], [data-testid=declare-text] textarea").First.FillAsync("Trustee of a charity that applied for funding");
        await member.ClickAsync("[data-testid=declare-save]");

        var quorum = member.Locator("[data-testid=quorum]");
        await Assertions.Expect(quorum).ToHaveAttributeAsync("data-quorate", "false");
        await Assertions.Expect(quorum).ToContainTextAsync("1 withdrawn from this item for an interest");
        await Assertions.Expect(chair.Locator("[data-testid=quorum]")).ToHaveAttributeAsync("data-quorate", "false");
        await Assertions.Expect(member.Locator("[data-testid=declaration]")).ToContainTextAsync("Aisha Rahman");

        // On the next item she counts again.
        await chair.ClickAsync("[data-testid=next-item]");
        await Assertions.Expect(quorum).ToHaveAttributeAsync("data-quorate", "true");
        await chair.Context.CloseAsync();
        await member.Context.CloseAsync();
    }
}
