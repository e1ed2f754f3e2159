using System.Net;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Rotation;

[Collection(AppServerCollection.Name)]
public sealed class PlanningPageAccessTests(AppServerFixture app)
{
    private AppServer Server => app.Server;

    [Theory]
    [InlineData("aisha.rahman@rdfb.example", "boards/uk-rare-diseases/rotation", HttpStatusCode.OK)]
    [InlineData("laura.finch@nsap.example", "boards/uk-rare-diseases/rotation", HttpStatusCode.Forbidden)]
    [InlineData("priya.raman@rdfb.example", "boards/uk-rare-diseases/admin", HttpStatusCode.OK)]
    [InlineData("aisha.rahman@rdfb.example", "boards/uk-rare-diseases/admin", HttpStatusCode.Forbidden)]
    [InlineData("helen.marsh@rdfb.example", "boards/uk-rare-diseases/admin", HttpStatusCode.Forbidden)]
    [InlineData("mark.dunn@nsap.example", "boards/uk-rare-diseases/admin", HttpStatusCode.Forbidden)]
    [InlineData("priya.raman@rdfb.example", "boards/no-such-board/admin", HttpStatusCode.NotFound)]
    [InlineData("aisha.rahman@rdfb.example", "calendar", HttpStatusCode.OK)]
    [InlineData("aisha.rahman@rdfb.example", "rotation", HttpStatusCode.OK)]
    public async Task PlanningPages_CheckWhoIsAsking_OnTheServer(string email, string path, HttpStatusCode expected)
    {
        using var client = await SignIn.SignedInClientAsync(Server, email);

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task TheAgendaPage_IsForbiddenToAnotherBoard_AndShowsTheRotationToMembers()
    {
        await using var db = ServerDatabase.Open(Server);
        var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
        var meeting = await db.Meetings.Where(m => m.BoardId == board.Id).OrderByDescending(m => m.StartsAt).Select(m => m.Id).FirstAsync();
        using var outsider = await SignIn.SignedInClientAsync(Server, "laura.finch@nsap.example");
        using var member = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");

        var refused = await outsider.GetAsync($"meetings/{meeting}/agenda");
        var agenda = await member.GetStringAsync($"meetings/{meeting}/agenda");
        var rotation = await member.GetStringAsync("boards/uk-rare-diseases/rotation");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Procurement of genomic testing services", agenda);
        Assert.Contains("Turns per nation", rotation);
        Assert.DoesNotContain("Change the rotation", rotation);
    }

    [Fact]
    public async Task AnUnknownPaper_Is404_AndAnonymousDownloadsAreSentToSignIn()
    {
        using var member = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");
        using var anonymous = Server.CreateClient();

        var missing = await member.GetAsync($"papers/{Guid.NewGuid()}");
        var anon = await anonymous.GetAsync($"papers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anon.StatusCode);
    }
}
