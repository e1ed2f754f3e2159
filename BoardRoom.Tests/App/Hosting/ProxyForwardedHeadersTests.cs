using System.Net.Http.Json;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Hosting;

/// <summary>
/// What BoardRoom.Proxy tells a node about the browser's request: the browser's Host, and X-Forwarded-Proto, -For
/// and -Host, which the node trusts from the proxy (docs/deployment.md, "TLS"). Checked against a stand-in node that
/// echoes the headers it received.
/// </summary>
public sealed class ProxyForwardedHeadersTests
{
    [Fact]
    public async Task TheProxy_SendsTheBrowsersHostAndSchemeAndAddress_AndReplacesWhatTheBrowserClaimed()
    {
        await using var node = await EchoNodeAsync();
        var address = node.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var proxy = await ProxyServer.StartAsync(new Uri(address + "/"));
        using var client = proxy.CreateClient(new System.Net.CookieContainer());
        using var request = new HttpRequestMessage(HttpMethod.Get, "echo");
        // A browser (or anyone) talking to the proxy cannot pass its own claims through to the node.
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var seen = (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!;

        var authority = proxy.BaseAddress.Authority;
        Assert.Equal(authority, seen["Host"]);
        Assert.Equal("http", seen["X-Forwarded-Proto"]);
        Assert.Equal(authority, seen["X-Forwarded-Host"]);
        Assert.Equal("127.0.0.1", seen["X-Forwarded-For"]);
    }

    /// <summary>A stand-in node on a free port of 127.0.0.1: ready, and echoing the request's forwarding headers.</summary>
    private static async Task<WebApplication> EchoNodeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/health/ready", () => "Healthy");
        app.MapGet("/echo", (HttpRequest request) => new[] { "Host", "X-Forwarded-Proto", "X-Forwarded-For", "X-Forwarded-Host" }
            .ToDictionary(h => h, h => request.Headers[h].ToString()));
        await app.StartAsync();
        return app;
    }
}
