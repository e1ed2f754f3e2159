using System.Net;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>
/// Cross-site WebSocket hijacking: a page on another site must not open the hub with a member's cookie. On an app of
/// its own, configured with one extra allowed origin.
/// </summary>
public sealed class MinutesHubOriginTests : IAsyncLifetime
{
    private const string Trusted = "https://minutes.example.org";
    private AppServer? _server;

    private AppServer Server => _server!;

    public async Task InitializeAsync() =>
        _server = await AppServer.StartAsync(settings: new Dictionary<string, string> { ["BoardRoom__AllowedOrigins__0"] = Trusted });

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    private async Task<HttpStatusCode> NegotiateAsync(string? origin)
    {
        using var client = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{MinutesHub.Path.TrimStart('/')}/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Theory]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    [InlineData(Trusted, HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.OK)]
    public async Task Negotiate_ChecksTheOrigin(string? origin, HttpStatusCode expected) =>
        Assert.Equal(expected, await NegotiateAsync(origin));

    [Fact]
    public async Task Negotiate_FromTheAppsOwnOrigin_IsAllowed() =>
        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(Server.BaseAddress.GetLeftPart(UriPartial.Authority)));

    [Fact]
    public async Task AWebSocketFromAForeignOrigin_IsRefused_EvenWithoutNegotiating()
    {
        var cookies = await SignIn.SessionCookiesAsync(Server, "aisha.rahman@rdfb.example");
        HubConnection Connect(string origin) => new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, MinutesHub.Path.TrimStart('/')), o =>
            {
                o.Cookies = cookies;
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.Headers["Origin"] = origin;
            })
            .Build();
        await using var foreign = Connect("https://evil.example");
        await using var own = Connect(Server.BaseAddress.GetLeftPart(UriPartial.Authority));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => foreign.StartAsync());
        await own.StartAsync();

        Assert.Contains("403", refused.ToString());
        Assert.Equal(HubConnectionState.Connected, own.State);
    }
}
