using BoardRoom.Tests.Support;
using Bunit;

namespace BoardRoom.Tests.App.Home;

public sealed class HomePageTests : BoardRoomComponentTest
{
    [Fact]
    public async Task Member_SeesTheNextMeetingOfTheirBoard_WithItsCoChairs_AndNothingOfOtherBoards()
    {
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");

        var page = Render<BoardRoom.App.Components.Pages.Home>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=meeting-row]")));
        var meetings = page.Find("[data-testid=next-meetings]").TextContent;
        Assert.Matches(@"Delivery Group meeting \d+", meetings);
        Assert.Contains("UK Rare Diseases Framework Board", meetings);
        Assert.Contains("Helen Marsh", meetings);
        Assert.DoesNotContain("Panel meeting", meetings);
        Assert.Contains(", Aisha", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task MemberOfTheOtherBoard_SeesOnlyThatBoardsMeeting()
    {
        await SignInAsAsync("laura.finch@nsap.example", "Laura Finch");

        var page = Render<BoardRoom.App.Components.Pages.Home>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=meeting-row]")));
        var meetings = page.Find("[data-testid=next-meetings]").TextContent;
        Assert.Contains("Panel meeting 1", meetings);
        Assert.DoesNotContain("Delivery Group", meetings);
    }

    [Fact]
    public async Task WithNoActions_TheActionsCardShowsAnEmptyState()
    {
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");

        var page = Render<BoardRoom.App.Components.Pages.Home>();

        page.WaitForAssertion(() => Assert.Contains("You have no open actions.", page.Find("[data-testid=open-actions]").TextContent));
    }
}
