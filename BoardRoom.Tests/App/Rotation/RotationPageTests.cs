using BoardRoom.App.Components.Pages.Rotation;
using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Bunit;

namespace BoardRoom.Tests.App.Rotation;

public sealed class RotationPageTests : BoardRoomComponentTest
{
    [Fact]
    public async Task AMember_SeesTheScheduleAndTally_ButNoControls()
    {
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");

        var page = Render<RotationPage>(p => p.Add(x => x.Slug, DemoSeeder.RareDiseasesSlug));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=rotation-line]").Count));
        Assert.Equal("Held", page.FindAll("[data-testid=rotation-outcome]")[0].TextContent);
        Assert.Equal("Regular turn", page.FindAll("[data-testid=rotation-outcome]")[1].TextContent);
        Assert.Contains("Northern Ireland", page.Find("[data-testid=rotation-tally]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=rotation-controls]"));
    }

    [Fact]
    public async Task TheSecretariat_GetsTheControls()
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");

        var page = Render<RotationPage>(p => p.Add(x => x.Slug, DemoSeeder.RareDiseasesSlug));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=rotation-controls]")));
    }

    [Fact]
    public async Task AnotherBoardsCoChair_IsForbidden()
    {
        await SignInAsAsync("laura.finch@nsap.example", "Laura Finch");

        var page = Render<RotationPage>(p => p.Add(x => x.Slug, DemoSeeder.RareDiseasesSlug));

        page.WaitForAssertion(() => Assert.Contains("not a member of this board", page.Find("[data-testid=access-problem]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=rotation-line]"));
    }
}
