using System.Net;
using BoardRoom.App.Data;
using BoardRoom.Core.Actions;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Journeys;

/// <summary>
/// The secretariat's everyday work on the registers, on the demo as seeded: updating an action between meetings and
/// exporting both registers as the pages first show them. Own app: it changes an action.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecretariatRegistersJourneyTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    [Theory]
    [InlineData("priya.raman@rdfb.example", "Priya Raman")]
    [InlineData("helen.marsh@rdfb.example", "Helen Marsh")]
    public async Task UpdatingAnAction_SavesTheCommentAndStatus_AndTheRegisterShowsThem(string email, string name)
    {
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, email);
        await page.GotoAsync("actions");
        await BrowserSession.WaitForInteractiveAsync(page);
        var row = page.Locator("[data-testid=action-row]").First;
        var reference = await row.GetAttributeAsync("data-ref");

        await row.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await row.Locator("[data-testid=action-update-comment] input, input[data-testid=action-update-comment]").First.FillAsync("Milestone dates confirmed with each nation.");
        await row.Locator("[data-testid=action-update-status]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("In progress", new() { Exact = true }).ClickAsync();
        // The choice is made on the server: wait until the list has closed on it, as a person sees it, before saving.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        row = page.Locator($"[data-testid=action-row][data-ref='{reference}']");
        await Assertions.Expect(row).ToContainTextAsync($"{name}: Milestone dates confirmed with each nation. → In progress");
        await Assertions.Expect(row.Locator(".mud-chip")).ToHaveTextAsync("In progress");
        // Blazor's "Something went wrong" bar shows when the circuit failed.
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        if (email.StartsWith("priya", StringComparison.Ordinal))
        {
            await JourneyScreenshots.TakeAsync(page, "actions-register-updated");
        }

        await using var db = ServerDatabase.Open(Server);
        var stored = (await db.Actions.Include(a => a.Updates).ToListAsync()).Single(a => a.Reference == reference);
        Assert.Equal(ActionStatus.InProgress, stored.Status);
        var update = Assert.Single(stored.Updates);
        Assert.Equal("Milestone dates confirmed with each nation.", update.Comment);
        Assert.Equal(ActionStatus.InProgress, update.NewStatus);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("api/registers/decisions.csv?text=&method=&year=", "Reference,Board,Meeting,Date,Item,Decision,How decided")]
    [InlineData("api/registers/actions.csv?mine=&overdue=&open=&owner=&nation=&text=", "Reference,Board,Meeting,Item,Action,Owner,Nation,Measure of success,Due,Status,Overdue")]
    [InlineData("api/registers/actions.csv?mine=False&overdue=False&open=False&owner=&nation=&text=", "Reference,Board,Meeting,Item,Action,Owner,Nation,Measure of success,Due,Status,Overdue")]
    public async Task ARegisterExportWithEmptyFilterValues_IsTheWholeRegisterAsCsv(string path, string header)
    {
        using var client = await SignIn.SignedInClientAsync(Server, "priya.raman@rdfb.example");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(header, lines[0]);
        Assert.True(lines.Length > 1, "The demo's register has entries.");
    }

    [Fact]
    public async Task AnExportWithAFilterThatMeansNothing_IsRefusedWithTheReason()
    {
        using var client = await SignIn.SignedInClientAsync(Server, "priya.raman@rdfb.example");

        var response = await client.GetAsync("api/registers/actions.csv?nation=Atlantis");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nation", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("decisions", "decisions-csv", "decisions.csv", "How decided")]
    [InlineData("actions", "actions-csv", "actions.csv", "Measure of success")]
    public async Task TheExportLink_AsThePageFirstLoads_DownloadsTheRegister(string pagePath, string testId, string fileName, string headerPart)
    {
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, "priya.raman@rdfb.example");
        await page.GotoAsync(pagePath);
        await BrowserSession.WaitForInteractiveAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-testid={testId}]").ClickAsync());

        Assert.Equal(fileName, download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(headerPart, text.Split('\n')[0], StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
