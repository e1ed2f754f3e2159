using System.Net;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace BoardRoom.Tests.App.Account;

/// <summary>
/// Signing out ends the session everywhere: a copy of the cookie taken before sign-out opens no page, no new hub
/// connection, and an open hub connection is closed. Its own app, since signing out ends every session of the person.
/// </summary>
public sealed class SessionRevocationTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Member = "aisha.rahman@rdfb.example";
    private AppServer Server => app.Server;

    private static CookieContainer Copy(CookieContainer jar, Uri address)
    {
        var copy = new CookieContainer();
        foreach (Cookie c in jar.GetCookies(address))
        {
            copy.Add(address, new Cookie(c.Name, c.Value, "/"));
        }
        return copy;
    }

    private async Task SignOutAsync(HttpClient client)
    {
        var response = await SignIn.SignOutAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private HubConnection Hub(CookieContainer cookies) => new HubConnectionBuilder()
        .WithUrl(new Uri(Server.BaseAddress, MinutesHub.Path.TrimStart('/')), o => o.Cookies = cookies).Build();

    [Fact]
    public async Task ACookieCopiedBeforeSignOut_NoLongerOpensPagesOrTheHub()
    {
        var jar = new CookieContainer();
        using var browser = await SignIn.SignedInClientAsync(Server, Member, jar);
        var stolen = Copy(jar, Server.BaseAddress);
        using var thief = Server.CreateClient(cookies: stolen);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("meetings")).StatusCode);

        await SignOutAsync(browser);

        var page = await thief.GetAsync("meetings");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/login", page.Headers.Location!.AbsolutePath);
        await using var hub = Hub(Copy(stolen, Server.BaseAddress));
        await Assert.ThrowsAnyAsync<Exception>(() => hub.StartAsync());
    }

    [Fact]
    public async Task AnOpenHubConnection_IsClosed_WhenThePersonSignsOutElsewhere()
    {
        var jar = new CookieContainer();
        using var browser = await SignIn.SignedInClientAsync(Server, Member, jar);
        await using var hub = Hub(Copy(jar, Server.BaseAddress));
        var closed = new TaskCompletionSource();
        hub.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await hub.StartAsync();

        await SignOutAsync(browser);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HubConnectionState.Disconnected, hub.State);
    }

    [Fact]
    public async Task SigningOut_LeavesOtherPeoplesSessionsAlone()
    {
        using var aisha = await SignIn.SignedInClientAsync(Server, Member);
        using var helen = await SignIn.SignedInClientAsync(Server, "helen.marsh@rdfb.example");

        await SignOutAsync(aisha);

        Assert.Equal(HttpStatusCode.OK, (await helen.GetAsync("meetings")).StatusCode);
    }
}
