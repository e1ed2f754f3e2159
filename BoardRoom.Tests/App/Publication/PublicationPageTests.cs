using BoardRoom.App.Components.Pages.Publication;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Publication;

public sealed class PublicationPageTests : BoardRoomComponentTest
{
    private async Task<string> PastMeetingIdAsync()
    {
        await using var db = Database.Open();
        return (await db.Meetings.Where(m => m.Status == MeetingStatus.Closed).Select(m => m.Id).SingleAsync()).ToString();
    }

    [Fact]
    public async Task AnObserver_SeesThePublishedStageAndThePublicPreviewOnly_WithNoStepsToTake()
    {
        var id = await PastMeetingIdAsync();
        await SignInAsAsync("anna.schmidt@rdfb.example", "Anna Schmidt");

        var page = Render<PublicationPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Contains("Published (version 1)", page.Find("[data-testid=stage]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid^=step-]"));
        Assert.Empty(page.FindAll("[data-testid=download-current-full]"));
        Assert.DoesNotContain(PublicationTestBase.ReservedWord, page.Markup, StringComparison.Ordinal);
        Assert.Equal(2, page.FindAll("[data-testid=signature-valid]").Count);
    }

    [Fact]
    public async Task TheSecretariat_MayStartACorrection_AndNotSign()
    {
        var id = await PastMeetingIdAsync();
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");

        var page = Render<PublicationPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=step-correct]")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=step-sign]"));
        Assert.Empty(page.FindAll("[data-testid=step-publish]"));
        Assert.NotEmpty(page.FindAll("[data-testid=download-current-full]"));
        Assert.Single(page.FindAll("[data-testid=published-version]"));
    }

    [Fact]
    public async Task SomeoneFromAnotherBoard_IsShownAnAccessProblem()
    {
        var id = await PastMeetingIdAsync();
        await SignInAsAsync("laura.finch@nsap.example", "Laura Finch");

        var page = Render<PublicationPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=access-problem]")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=stage]"));
    }
}
