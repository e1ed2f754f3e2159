using System.Net;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Hosting;

/// <summary>
/// A node behind a TLS-terminating proxy: requests that arrive over plain HTTP from a trusted proxy (loopback by
/// default) carrying <c>X-Forwarded-Proto: https</c> are treated as HTTPS (HSTS, Secure cookies, the minutes hub's
/// Origin check on https://), and the same headers from anyone else are ignored. Each on a real app process.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string PublicHost = "boardroom.example";
    private const string Member = "aisha.rahman@rdfb.example";

    /// <summary>What a browser signing in through the proxy would have been sent.</summary>
    private sealed record Visit(bool Hsts, string AntiforgeryCookie, HttpStatusCode SignIn, string AuthCookie, HttpStatusCode Negotiate);

    /// <summary>A request as a proxy forwards it: the browser's host, and the headers saying it came over HTTPS.</summary>
    private static HttpRequestMessage Forwarded(HttpMethod method, string path, string? cookies = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", PublicHost);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }
        return request;
    }

    private static IReadOnlyList<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    private static string Pairs(IEnumerable<string> setCookies) => string.Join("; ", setCookies.Select(c => c.Split(';')[0]));

    /// <summary>Signs in and negotiates the minutes hub, keeping cookies by hand: a cookie jar would withhold Secure cookies over http.</summary>
    private static async Task<Visit> SignInThroughTlsProxyAsync(AppServer server)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        using var page = await client.SendAsync(Forwarded(HttpMethod.Get, "account/login"));
        var antiforgery = SetCookies(page).Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(await page.Content.ReadAsStringAsync()),
            ["Input.Email"] = Member,
            ["Input.Password"] = AppServer.DemoPassword,
        });
        using var signedIn = await client.SendAsync(Forwarded(HttpMethod.Post, "account/login", Pairs([antiforgery]), form));
        var auth = SetCookies(signedIn).SingleOrDefault(c => c.StartsWith("boardroom.auth=", StringComparison.Ordinal)) ?? string.Empty;

        using var negotiate = Forwarded(HttpMethod.Post, $"{MinutesHub.Path.TrimStart('/')}/negotiate?negotiateVersion=1", Pairs([antiforgery, auth]));
        negotiate.Headers.Add("Origin", $"https://{PublicHost}");
        using var negotiated = await client.SendAsync(negotiate);
        return new Visit(page.Headers.Contains("Strict-Transport-Security"), antiforgery, signedIn.StatusCode, auth, negotiated.StatusCode);
    }

    private static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Skip(1).Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task FromALoopbackProxy_ForwardedHttps_GetsHsts_SecureCookies_AndTheHubAcceptsTheHttpsOrigin()
    {
        await using var server = await AppServer.StartAsync();

        var visit = await SignInThroughTlsProxyAsync(server);

        Assert.True(visit.Hsts, "HSTS on the login page");
        Assert.True(IsSecure(visit.AntiforgeryCookie), visit.AntiforgeryCookie);
        Assert.Equal(HttpStatusCode.Redirect, visit.SignIn);
        Assert.True(IsSecure(visit.AuthCookie), visit.AuthCookie);
        Assert.Equal(HttpStatusCode.OK, visit.Negotiate);
    }

    [Fact]
    public async Task FromAnAddressThatIsNotAKnownProxy_TheForwardedHeadersAreIgnored()
    {
        // The only trusted proxy is elsewhere (TEST-NET-1), so 127.0.0.1 is just a client claiming https.
        await using var server = await AppServer.StartAsync(settings: new Dictionary<string, string>
        {
            ["BoardRoom__ForwardedHeaders__KnownProxies__0"] = "192.0.2.10",
        });

        var visit = await SignInThroughTlsProxyAsync(server);

        Assert.False(visit.Hsts, "no HSTS over plain http");
        Assert.False(IsSecure(visit.AntiforgeryCookie), visit.AntiforgeryCookie);
        Assert.Equal(HttpStatusCode.Redirect, visit.SignIn);
        Assert.False(IsSecure(visit.AuthCookie), visit.AuthCookie);
        // The page is still http://boardroom.example to this node, so an https:// origin is another site's.
        Assert.Equal(HttpStatusCode.Forbidden, visit.Negotiate);
    }

    [Fact]
    public async Task AMistypedProxyAddress_StopsTheNodeAtStart()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("boardroom-test-").FullName;
        try
        {
            var (exitCode, output, errors) = await AppServer.RunCommandAsync(null, dataDirectory,
                new Dictionary<string, string> { ["BoardRoom__ForwardedHeaders__KnownNetworks__0"] = "10.0.0.0/99" });

            Assert.NotEqual(0, exitCode);
            Assert.Contains("BoardRoom:ForwardedHeaders:KnownNetworks has '10.0.0.0/99'", output + errors);
        }
        finally
        {
            await TestProvider.DropAsync(dataDirectory);
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
