using BoardRoom.App.Components.Pages.Administration;
using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Bunit;

namespace BoardRoom.Tests.App.Administration;

public sealed class BoardAdminPageTests : BoardRoomComponentTest
{
    [Fact]
    public async Task Secretariat_GeneratesAYearOfMeetings_AndSeesThemWithTheirCoChairs()
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var page = Render<BoardAdminPage>(p => p.Add(x => x.Slug, DemoSeeder.RareDiseasesSlug));
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=admin-meeting]").Count));

        page.Find("[data-testid=generate]").Click();

        page.WaitForAssertion(() => Assert.Contains("meeting(s) generated for the next 12 months", page.Find("[data-testid=admin-done]").TextContent));
        var rows = page.FindAll("[data-testid=admin-meeting]");
        Assert.True(rows.Count >= 9);
        Assert.All(rows, r => Assert.Matches(@"\((England|Scotland|Wales|Northern Ireland)\)", r.TextContent));
    }

    [Fact]
    public async Task Secretariat_EditsASeriesVenue_AndTheSeriesAndItsMeetingsToComeShowIt()
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var page = Render<BoardAdminPage>(p => p.Add(x => x.Slug, DemoSeeder.RareDiseasesSlug));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=edit-series]")));

        page.Find("[data-testid=edit-series]").Click();
        page.Find("[data-testid=series-details-form] input[id^=series-venue-]").Change("Committee Room 3, Scottish Parliament");
        page.Find("[data-testid=save-series]").Click();

        page.WaitForAssertion(() => Assert.Contains("Series details saved", page.Find("[data-testid=admin-done]").TextContent));
        Assert.Contains("Committee Room 3, Scottish Parliament", page.Find("[data-testid=series-summary]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=series-details-form]"));
    }

    [Fact]
    public async Task AMember_IsToldTheAdministrationPageIsNotForThem()
    {
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");

        var page = Render<BoardAdminPage>(p => p.Add(x => x.Slug, DemoSeeder.RareDiseasesSlug));

        page.WaitForAssertion(() => Assert.Contains("Only the board's secretariat", page.Find("[data-testid=access-problem]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=generate]"));
    }
}
