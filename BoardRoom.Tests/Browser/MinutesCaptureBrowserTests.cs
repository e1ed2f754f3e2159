using System.Globalization;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class MinutesCaptureBrowserTests(AppServerFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task SelectedMinutesText_IsCapturedAsAnActionOfThatItem()
    {
        var section = (await ServerDatabase.SectionsAsync(app.Server, "uk-rare-diseases"))[5].Id;
        var page = await MinutesPage.OpenAsync(browser.Browser, app.Server, "priya.raman@rdfb.example");
        await page.FocusEndAsync(section);
        await page.Page.Keyboard.TypeAsync("Publish the registry minimum data set for consultation");
        await page.Page.Keyboard.PressAsync("Shift+Home");

        await page.Section(section).Locator("[data-capture=action]").ClickAsync();
        var form = page.Section(section).Locator("form.br-capture");
        await Assertions.Expect(form.Locator("textarea")).ToHaveValueAsync("Publish the registry minimum data set for consultation");
        await form.Locator("select[name=owner]").SelectOptionAsync(new SelectOptionValue { Label = "Daniel Price" });
        await form.Locator("input[name=measure]").FillAsync("Data set published on the forum");
        await form.Locator("input[name=due]").FillAsync(DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Section(section).Locator(".br-capture-done")).ToContainTextAsync("Recorded A-");
        await using var db = ServerDatabase.Open(app.Server);
        var action = await db.Actions.SingleAsync(a => a.AgendaItemId == ServerDatabase.ItemId(section));
        Assert.Equal("Publish the registry minimum data set for consultation", action.Description);
        Assert.Equal("Data set published on the forum", action.Measure);
        await page.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task CaptureButtons_StayDisabledWithoutASelection()
    {
        var section = (await ServerDatabase.SectionsAsync(app.Server, "uk-rare-diseases"))[6].Id;
        var page = await MinutesPage.OpenAsync(browser.Browser, app.Server, "priya.raman@rdfb.example");
        await page.FocusEndAsync(section);

        await Assertions.Expect(page.Section(section).Locator("[data-capture=decision]")).ToBeDisabledAsync();
        await page.Page.Context.CloseAsync();
    }
}
