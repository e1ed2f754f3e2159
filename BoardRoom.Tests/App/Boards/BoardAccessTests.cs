using System.Net;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Boards;

[Collection(AppServerCollection.Name)]
public sealed class BoardAccessTests(AppServerFixture app)
{
    private AppServer Server => app.Server;

    [Fact]
    public async Task Member_SeesTheirBoard_WithItsRotatingCoChairsByNation()
    {
        using var client = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");

        var html = await client.GetStringAsync("boards/uk-rare-diseases");

        Assert.Contains("Permanent co-chair", html);
        foreach (var nation in new[] { "England", "Scotland", "Wales", "Northern Ireland" })
        {
            Assert.Contains(nation, html);
        }
    }

    [Fact]
    public async Task MemberOfOneBoard_IsForbiddenAnotherBoardsPage()
    {
        using var client = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");

        var response = await client.GetAsync("boards/newborn-screening");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("You are not a member of this board", html);
        Assert.DoesNotContain("Mark Dunn", html);
        Assert.DoesNotContain("Evidence review", html);
    }

    [Fact]
    public async Task MemberOfOneBoard_IsForbiddenAnotherBoardsMeeting()
    {
        using var otherBoard = await SignIn.SignedInClientAsync(Server, "laura.finch@nsap.example");
        var meetingsHtml = await otherBoard.GetStringAsync("meetings");
        var panelMeeting = System.Text.RegularExpressions.Regex.Match(meetingsHtml, "href=\"/meetings/([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.NotEmpty(panelMeeting);
        using var client = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");

        var response = await client.GetAsync($"meetings/{panelMeeting}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Evidence review", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("boards/no-such-board")]
    [InlineData("meetings/not-a-guid")]
    [InlineData("meetings/0199a7c1-0000-7000-8000-000000000000")]
    public async Task UnknownAddress_IsNotFound_WithAClearMessage(string path)
    {
        using var client = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Observer_DoesNotSeeReservedAgendaItems_ButAMemberDoes()
    {
        using var member = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");
        using var observer = await SignIn.SignedInClientAsync(Server, "anna.schmidt@rdfb.example");
        var home = await member.GetStringAsync("");
        var nextMeeting = System.Text.RegularExpressions.Regex.Match(home, "href=\"/meetings/([0-9a-f-]{36})\"").Groups[1].Value;

        var asMember = await member.GetStringAsync($"meetings/{nextMeeting}");
        var asObserver = await observer.GetStringAsync($"meetings/{nextMeeting}");

        Assert.Contains("Procurement of genomic testing services", asMember);
        Assert.DoesNotContain("Procurement of genomic testing services", asObserver);
        Assert.Contains("reserved item(s) are not shown", asObserver);
    }

    [Fact]
    public async Task PublicForum_IsOpenWithoutSignIn()
    {
        using var client = Server.CreateClient();

        var response = await client.GetAsync("forum");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Published minutes", await response.Content.ReadAsStringAsync());
    }
}
