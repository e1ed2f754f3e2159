using BoardRoom.App.Components.Pages.Calendar;
using BoardRoom.Tests.Support;
using Bunit;

namespace BoardRoom.Tests.App.Calendar;

public sealed class CalendarFeedsPageTests : BoardRoomComponentTest
{
    [Fact]
    public async Task CreatingAFeedAddress_ShowsItOnce_AndItCanBeRevoked()
    {
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");
        var page = Render<CalendarFeedsPage>();
        page.WaitForAssertion(() => Assert.Contains("UK Rare Diseases Framework Board (.ics)", page.Markup));

        page.Find("#feed-label").Change("Work phone");
        page.Find("[data-testid=create-feed]").Click();

        page.WaitForAssertion(() => Assert.Matches(@"/calendar/feed/[A-Za-z0-9_-]{43}\.ics", page.Find("[data-testid=calendar-created]").TextContent));
        Assert.Contains("Work phone", page.Find("[data-testid=feed-token]").TextContent);

        page.Find("[data-testid=feed-token] button").Click();

        page.WaitForAssertion(() => Assert.Contains("revoked", page.Find("[data-testid=feed-token]").TextContent));
    }

    [Fact]
    public async Task AFeedWithoutAName_IsRefusedWithAMessage()
    {
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");
        var page = Render<CalendarFeedsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=create-feed]")));

        page.Find("[data-testid=create-feed]").Click();

        page.WaitForAssertion(() => Assert.Contains("is required", page.Find("[data-testid=calendar-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=feed-token]"));
    }
}
