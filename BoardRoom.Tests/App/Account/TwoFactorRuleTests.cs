using System.Net;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Account;

/// <summary>
/// A board that requires two-factor sign-in for its officers: a co-chair without an authenticator app reaches only the
/// account security page until they set one up; members are not affected. Its own app, since it changes a board rule.
/// </summary>
public sealed class TwoFactorRuleTests(AppServerFixture app) : IClassFixture<AppServerFixture>, IAsyncLifetime
{
    private AppServer Server => app.Server;

    public async Task InitializeAsync()
    {
        await using var db = ServerDatabase.Open(Server);
        var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
        board.SetTwoFactorRule(true);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static HttpRequestMessage Page(string path) => new(HttpMethod.Get, path) { Headers = { { "Accept", "text/html" } } };

    [Fact]
    public async Task ACoChairWithoutASecondFactor_IsSentToSetOneUp_AndRefusedEverythingElse()
    {
        using var helen = await SignIn.SignedInClientAsync(Server, "helen.marsh@rdfb.example");

        var page = await helen.SendAsync(Page("meetings"));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/security", page.Headers.Location!.OriginalString);
        var security = await helen.SendAsync(Page("account/security?required=true"));
        Assert.Equal(HttpStatusCode.OK, security.StatusCode);
        Assert.Contains("requires two-factor sign-in", await security.Content.ReadAsStringAsync());
        var negotiate = await helen.PostAsync(MinutesHub.Path.TrimStart('/') + "/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Forbidden, negotiate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await helen.GetAsync("actions.csv")).StatusCode);
    }

    [Fact]
    public async Task AMember_IsNotAffectedByTheOfficersRule()
    {
        using var aisha = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");

        Assert.Equal(HttpStatusCode.OK, (await aisha.SendAsync(Page("meetings"))).StatusCode);
    }

    [Fact]
    public async Task TheForum_StaysOpenToEveryone()
    {
        using var helen = await SignIn.SignedInClientAsync(Server, "helen.marsh@rdfb.example");

        Assert.Equal(HttpStatusCode.OK, (await helen.SendAsync(Page("forum"))).StatusCode);
    }
}
