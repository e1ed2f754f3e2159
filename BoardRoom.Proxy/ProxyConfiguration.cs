using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

namespace BoardRoom.Proxy;

/// <summary>
/// The proxy's one route and one cluster, built from <c>Proxy:Nodes</c> (the app nodes' base addresses): every path goes
/// to a node chosen round robin, a client then stays on its node through an affinity cookie, and a node that fails its
/// readiness probe (or refuses connections) is taken out until it answers again. Why and how:
/// docs/decisions/013-reverse-proxy.md.
/// </summary>
public static class ProxyConfiguration
{
    public const string Section = "Proxy";
    public const string ClusterId = "nodes";
    public const string AffinityCookie = "boardroom.node";
    public const string ReadyPath = "/health/ready";
    public const string NodeHeader = "X-BoardRoom-Node";

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var nodes = (section.GetSection("Nodes").Get<string[]>() ?? [])
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n.Trim())
            .ToList();
        if (nodes.Count == 0)
        {
            throw new InvalidOperationException("No nodes to forward to: set Proxy:Nodes:0, Proxy:Nodes:1, ... (e.g. Proxy__Nodes__0=http://127.0.0.1:8081).");
        }
        var interval = section.GetValue("HealthCheckInterval", TimeSpan.FromSeconds(2));

        var route = new RouteConfig
        {
            RouteId = "app",
            ClusterId = ClusterId,
            Match = new RouteMatch { Path = "{**path}" },
            // The node sees the address the browser used (links, redirects, and the minutes hub's Origin check compare
            // against it); YARP adds X-Forwarded-For/Proto/Host as well.
            Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
        };
        var cluster = new ClusterConfig
        {
            ClusterId = ClusterId,
            LoadBalancingPolicy = "RoundRobin",
            SessionAffinity = new SessionAffinityConfig
            {
                // A Blazor circuit and a hub connection live in one node's memory: a client must stay where it started.
                Enabled = true,
                Policy = "HashCookie",
                // A cookie naming a node that is down (or gone from the list) sends the client to a healthy one, which
                // the cookie then names.
                FailurePolicy = "Redistribute",
                AffinityKeyName = AffinityCookie,
                Cookie = new SessionAffinityCookieConfig
                {
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    SecurePolicy = CookieSecurePolicy.SameAsRequest,
                },
            },
            HealthCheck = new HealthCheckConfig
            {
                // With no node ready (the database or Redis down for all of them) every node gets traffic again: the
                // nodes still serve what does not need the failed part, and explain what does, rather than the proxy
                // answering 503 for everything.
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = interval,
                    Timeout = TimeSpan.FromSeconds(2),
                    Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                    Path = ReadyPath,
                },
                // Requests that fail to reach a node (connection refused, reset) take it out before the next probe.
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true,
                    Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                    ReactivationPeriod = interval * 2,
                },
            },
            Metadata = new Dictionary<string, string>
            {
                // Two failed probes in a row (2–4 s at the default interval) take a node out; one good probe brings it back.
                [ConsecutiveFailuresHealthPolicyOptions.ThresholdMetadataName] = "2",
            },
            Destinations = nodes.Select((address, i) => (address, i)).ToDictionary(
                n => NodeName(n.i),
                n => new DestinationConfig { Address = n.address }),
        };
        return ([route], [cluster]);
    }

    /// <summary>"a", "b", ...: the destination ids, as the docs and logs name the nodes.</summary>
    public static string NodeName(int index) => index < 26 ? ((char)('a' + index)).ToString() : $"node{index + 1}";
}
