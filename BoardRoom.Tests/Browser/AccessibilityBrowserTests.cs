using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.2 AA rules over the signed-in pages, as the secretariat (who sees every control) finds them once
/// live. The forum, publication, sign-in and invitation pages have checks of their own. On its own app: it types
/// into the minutes, which the shared app's other tests read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    // Every kind of token the Markdown highlighter colours, HTML included.
    private const string SampleMinutes = "<img src=x onerror=\"alert(1)\"> **Agreed** _in principle_ ~~deferred~~ `DG-14` [paper](https://example.org/p) \\* end\n# Outcome\n> quoted\n- item\n| a | b |";

    [Fact]
    public async Task TheSecretariatsPages_HaveNoWcag22AaViolations()
    {
        await using var db = ServerDatabase.Open(Server);
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        var next = await db.Meetings.Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled).OrderBy(m => m.StartsAt).FirstAsync();
        string[] live = ["", $"boards/{board.Slug}/admin", $"boards/{board.Slug}/rotation", $"meetings/{next.Id}", $"meetings/{next.Id}/agenda",
            $"meetings/{next.Id}/run", "calendar", $"meetings/{next.Id}/publication"];
        string[] plain = ["boards", $"boards/{board.Slug}", "meetings", "actions", "decisions"];
        var minutes = await MinutesPage.OpenAsync(Browser, Server, "priya.raman@rdfb.example");
        var page = minutes.Page;
        var first = (await ServerDatabase.SectionsAsync(Server, board.Slug))[0].Id;
        await minutes.FocusEndAsync(first);
        await page.Keyboard.TypeAsync(SampleMinutes);
        await minutes.WaitForStatusAsync("saved");
        // The caret's line is tinted: its tokens must keep their contrast on the tint too.
        await page.Keyboard.PressAsync("Control+Home");
        var found = WcagAudit.Violations(await WcagAudit.RunAsync(page), "/minutes: ").ToList();

        foreach (var path in live.Concat(plain))
        {
            await page.GotoAsync(path);
            if (live.Contains(path))
            {
                await BrowserSession.WaitForInteractiveAsync(page);
            }
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            found.AddRange(WcagAudit.Violations(await WcagAudit.RunAsync(page), $"/{path}: "));
        }
        await page.Context.CloseAsync();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
