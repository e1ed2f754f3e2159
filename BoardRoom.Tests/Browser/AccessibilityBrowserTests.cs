using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.2 AA rules over the signed-in pages, as the secretariat (who sees every control) finds them once
/// live. The forum, publication, sign-in and invitation pages have checks of their own. On its own app: it types
/// into the minutes, which the shared app's other tests read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    // Every kind of token the Markdown highlighter colours, HTML included.
    private const string SampleMinutes = "<img src=x onerror=\"alert(1)\"> **Agreed** _in principle_ ~~deferred~~ `DG-14` [paper](https://example.org/p) \\* end\n# Outcome\n> quoted\n- item\n| a | b |";

    private AppServer? _server;

    private AppServer Server => _server ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => _server = await AppServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheSecretariatsPages_HaveNoWcag22AaViolations()
    {
        await using var db = ServerDatabase.Open(Server);
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        var next = await db.Meetings.Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled).OrderBy(m => m.StartsAt).FirstAsync();
        string[] live = ["", $"boards/{board.Slug}/admin", $"boards/{board.Slug}/rotation", $"meetings/{next.Id}", $"meetings/{next.Id}/agenda",
            $"meetings/{next.Id}/run", "calendar", $"meetings/{next.Id}/publication"];
        string[] plain = ["boards", $"boards/{board.Slug}", "meetings", "actions", "decisions"];
        var minutes = await MinutesPage.OpenAsync(browser.Browser, Server, "priya.raman@rdfb.example");
        var page = minutes.Page;
        var first = (await ServerDatabase.SectionsAsync(Server, board.Slug))[0].Id;
        await minutes.FocusEndAsync(first);
        await page.Keyboard.TypeAsync(SampleMinutes);
        await minutes.WaitForStatusAsync("saved");
        // The caret's line is tinted: its tokens must keep their contrast on the tint too.
        await page.Keyboard.PressAsync("Control+Home");
        var found = await ViolationsAsync(page, "minutes");

        foreach (var path in live.Concat(plain))
        {
            await page.GotoAsync(path);
            if (live.Contains(path))
            {
                await BrowserSession.WaitForInteractiveAsync(page);
            }
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            found.AddRange(await ViolationsAsync(page, path));
        }
        await page.Context.CloseAsync();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static async Task<List<string>> ViolationsAsync(IPage page, string path)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        return result.Violations.Select(v => $"/{path}: {v.Id} ({v.Help}) at {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}").ToList();
    }
}
