using System.Net;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Account;

[Collection(AppServerCollection.Name)]
public sealed class SignInTests(AppServerFixture app)
{
    private AppServer Server => app.Server;

    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn_WithTheAddressTheyWanted()
    {
        using var client = Server.CreateClient();

        var response = await client.GetAsync("meetings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fmeetings", response.Headers.Location!.Query);
    }

    [Fact]
    public async Task DemoMember_SignsIn_AndIsReturnedToTheRequestedPage()
    {
        using var client = Server.CreateClient();

        var response = await SignIn.PostLoginFormAsync(client, "aisha.rahman@rdfb.example", AppServer.DemoPassword, returnUrl: "/boards");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/boards", response.Headers.Location!.OriginalString.Replace(Server.BaseAddress.ToString(), "/"));
        var boards = await client.GetStringAsync("boards");
        Assert.Contains("UK Rare Diseases Framework Board", boards);
        Assert.Contains("Aisha Rahman", boards);
    }

    [Fact]
    public async Task WrongPassword_ShowsAClearMessage_AndDoesNotSignIn()
    {
        using var client = Server.CreateClient();

        var response = await SignIn.PostLoginFormAsync(client, "aisha.rahman@rdfb.example", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(BoardRoom.App.Features.Access.LoginAttempts.Failed, html);
        var home = await client.GetAsync("");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/login", home.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task UnknownEmail_GetsTheSameMessage_SoAccountsCannotBeProbed()
    {
        using var client = Server.CreateClient();

        var response = await SignIn.PostLoginFormAsync(client, "nobody@rdfb.example", AppServer.DemoPassword);

        Assert.Contains(BoardRoom.App.Features.Access.LoginAttempts.Failed, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TamperedForm_WithoutAValidAntiforgeryToken_IsRefused_AndDoesNotSignIn()
    {
        using var client = Server.CreateClient();

        var response = await SignIn.PostLoginFormAsync(client, "aisha.rahman@rdfb.example", AppServer.DemoPassword, tokenOverride: "forged-token");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var home = await client.GetAsync("");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task ReturnUrlToAnotherSite_IsIgnored_AfterSignIn()
    {
        using var client = Server.CreateClient();

        var response = await SignIn.PostLoginFormAsync(client, "aisha.rahman@rdfb.example", AppServer.DemoPassword, returnUrl: "//evil.example/phish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Server.BaseAddress.Host, response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.Host : Server.BaseAddress.Host);
        Assert.DoesNotContain("evil.example", response.Headers.Location.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");
        var home = await client.GetStringAsync("");
        var token = SignIn.AntiforgeryToken(home);

        var response = await client.PostAsync("account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("")).StatusCode);
    }
}
