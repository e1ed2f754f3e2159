using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BoardRoom.App.Hosting;

/// <summary>
/// Behind a proxy that terminates TLS (BoardRoom.Proxy, or any other), a node reads the proxy's
/// <c>X-Forwarded-Proto</c>, <c>X-Forwarded-For</c> and <c>X-Forwarded-Host</c>, so that it knows the browser came over
/// HTTPS: cookies are marked Secure, HSTS is sent, links and the minutes hub's Origin check use https. Only from the
/// proxies it is told to trust (<c>BoardRoom:ForwardedHeaders:KnownProxies</c>, addresses, and
/// <c>BoardRoom:ForwardedHeaders:KnownNetworks</c>, CIDR ranges); with neither set, only loopback, as ASP.NET Core
/// defaults. From anyone else the headers are ignored, so a browser cannot claim a scheme or an address it does not have.
/// </summary>
public static class ForwardedHeaderSettings
{
    public const string Section = "BoardRoom:ForwardedHeaders";

    public static IServiceCollection AddBoardRoomForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        // Parsed here, so that a mistyped address stops the node at start rather than silently trusting nobody.
        var proxies = Entries(configuration, "KnownProxies")
            .Select(p => IPAddress.TryParse(p, out var address) ? address : throw Invalid("KnownProxies", p, "an IP address (e.g. 10.0.0.5)"))
            .ToList();
        var networks = Entries(configuration, "KnownNetworks")
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network : throw Invalid("KnownNetworks", n, "a CIDR range (e.g. 10.0.0.0/24)"))
            .ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            if (proxies.Count + networks.Count > 0)
            {
                // The configured proxies replace the loopback default.
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                proxies.ForEach(o.KnownProxies.Add);
                networks.ForEach(o.KnownIPNetworks.Add);
            }
        });
        services.AddTransient<IStartupFilter, ForwardedHeadersFirst>();
        return services;
    }

    /// <summary>
    /// Puts the middleware at the very start of the pipeline, ahead of the routing and authentication that the host
    /// adds before Program's own middleware (as ASP.NET Core's ASPNETCORE_FORWARDEDHEADERS_ENABLED does).
    /// </summary>
    private sealed class ForwardedHeadersFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseForwardedHeaders();
            next(app);
        };
    }

    private static IEnumerable<string> Entries(IConfiguration configuration, string key) =>
        (configuration.GetSection($"{Section}:{key}").Get<string[]>() ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim());

    private static InvalidOperationException Invalid(string key, string text, string expected) =>
        new($"{Section}:{key} has '{text}', which is not {expected}.");
}
