using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Tests.Support;
using Xunit.Abstractions;

namespace BoardRoom.Tests.App.Hosting;

/// <summary>
/// The deployment of docs/deployment.md on one machine: BoardRoom.Proxy in front of two app processes on one
/// database (and, for live minutes, Redis), everything on 127.0.0.1. A client stays on one node through the proxy's
/// affinity cookie, and when that node dies the proxy sends it to the other.
/// </summary>
public sealed partial class ProxyClusterTests(ITestOutputHelper output)
{
    private const string BoardPage = "/boards/uk-rare-diseases";

    [Fact]
    public async Task ASessionSignedInThroughTheProxy_StaysOnOneNode_AndItsCookieOpensPagesOnBothNodes()
    {
        await using var nodeA = await AppServer.StartAsync();
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory);
        await using var proxy = await ProxyServer.StartAsync(nodeA, nodeB);

        var cookies = new CookieContainer();
        using var client = proxy.CreateClient(cookies);
        var signedIn = await SignIn.PostLoginFormAsync(client, "priya.raman@rdfb.example", AppServer.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(cookies.GetAllCookies(), c => c.Name == "boardroom.node");

        var nodes = new HashSet<string>();
        for (var i = 0; i < 6; i++)
        {
            var page = await client.GetAsync(BoardPage);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            nodes.Add(NodeOf(page));
        }
        Assert.Single(nodes);

        // The sign-in cookie is good on either node (the key ring is in the database), whichever one issued it.
        foreach (var node in new[] { nodeA, nodeB })
        {
            using var direct = node.CreateClient(cookies: cookies);
            var page = await direct.GetAsync(BoardPage);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("UK Rare Diseases Framework Board", await page.Content.ReadAsStringAsync());
        }

        // A page served on the proxy's address may open the minutes hub (the node sees the proxy's host); another site may not.
        Assert.NotEqual(HttpStatusCode.Forbidden, await NegotiateAsync(client, proxy.BaseAddress.GetLeftPart(UriPartial.Authority)));
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(client, "http://elsewhere.example"));
    }

    [Fact]
    public async Task TheNodeMembersAreOnIsKilledWhileTheyType_TheyRejoinThroughTheProxy_AndEveryEditIsInTheLogOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString };
        await using var nodeA = await AppServer.StartAsync(settings: settings);
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory, settings);
        await using var proxy = await ProxyServer.StartAsync(nodeA, nodeB);
        var section = (await ServerDatabase.SectionsAsync(nodeA, "uk-rare-diseases"))[0].Id;

        var editors = new List<Editor>();
        try
        {
            foreach (var (email, name) in new[] { ("aisha.rahman@rdfb.example", "a"), ("helen.marsh@rdfb.example", "b") })
            {
                editors.Add(await Editor.SignInAsync(proxy, email, name));
            }
            foreach (var editor in editors)
            {
                await editor.Client.JoinAsync(section);
            }
            var victimName = editors[0].Node;
            var (victim, survivor) = victimName == "a" ? (nodeA, nodeB) : (nodeB, nodeA);
            output.WriteLine($"editors on: {string.Join(", ", editors.Select(e => $"{e.Client.Name} -> {e.Node}"))}; killing node {victimName}");

            const int Rounds = 40;
            var failovers = new List<Task>();
            var clock = new Stopwatch();
            for (var i = 0; i < Rounds; i++)
            {
                if (i == 15)
                {
                    await victim.KillAsync();
                    clock.Start();
                    failovers.AddRange(editors.Where(e => e.Node == victimName).Select(e => e.FailOverAsync(proxy, section, clock, output)));
                }
                foreach (var editor in editors)
                {
                    editor.Client.Insert(editor.Client.Name == "a" ? int.MaxValue : 0, $"<{editor.Client.Name}{i}>");
                }
                await Task.Delay(50);
            }
            await Task.WhenAll(failovers).WaitAsync(TimeSpan.FromSeconds(60));

            foreach (var editor in editors)
            {
                await editor.Client.WaitUntilSettledAsync(TimeSpan.FromSeconds(60));
            }
            var (text, revision) = await ServerDatabase.ReplayLogAsync(survivor, section);
            foreach (var editor in editors)
            {
                await editor.Client.WaitForRevisionAsync(revision, TimeSpan.FromSeconds(30));
                Assert.Equal(text, editor.Client.Text);
            }
            var tokens = Token().Matches(text).Select(m => m.Value).ToList();
            Assert.Equal(2 * Rounds, tokens.Count);
            Assert.Equal(2 * Rounds, tokens.Distinct().Count());

            // The victim's session now answers from the survivor, through the proxy.
            var page = await editors[0].Http.GetAsync(BoardPage);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.NotEqual(victimName, NodeOf(page));
        }
        finally
        {
            foreach (var editor in editors)
            {
                await editor.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ANodeKilled_IsTakenOutByTheProxyWithinSeconds_AndEveryRequestIsAnsweredByTheOther()
    {
        await using var nodeA = await AppServer.StartAsync();
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory);
        await using var proxy = await ProxyServer.StartAsync(nodeA, nodeB);
        await WaitUntilAsync(async () => await ReadyThroughProxyAsync(proxy) == "a", TimeSpan.FromSeconds(30));

        await nodeA.KillAsync();
        var clock = Stopwatch.StartNew();
        // Fresh clients (no affinity cookie) are spread round robin: once node a is out, ten in a row come from b.
        var inARow = 0;
        while (inARow < 10)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"node a still chosen {clock.Elapsed.TotalSeconds:F1} s after it died");
            inARow = await ReadyThroughProxyAsync(proxy) == "b" ? inARow + 1 : 0;
            await Task.Delay(50);
        }
        output.WriteLine($"node a taken out {clock.Elapsed.TotalSeconds:F1} s after kill -9");
    }

    [Fact]
    public async Task WithRedisDown_NoNodeIsReady_AndTheProxyStillSendsPagesToThem()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString };
        await using var nodeA = await AppServer.StartAsync(settings: settings);
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory, settings);
        await using var proxy = await ProxyServer.StartAsync(nodeA, nodeB);
        using var onA = nodeA.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/health/ready")).StatusCode);

        var logBefore = proxy.Output.Length;
        await redis.StopAsync();

        // The backplane is gone: a node is alive but not ready, and says no more than that.
        await WaitUntilAsync(async () => (await onA.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(15));
        Assert.Equal("Unhealthy", await (await onA.GetAsync("/health/ready")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/health/live")).StatusCode);
        // Once the proxy has marked both out (two failed probes), it sends to both all the same rather than answering 503.
        await WaitUntilAsync(() => Task.FromResult(new[] { "a", "b" }.All(node =>
            proxy.Output[logBefore..].Contains($"destination `{node}` on cluster `nodes` is set to 'Unhealthy'", StringComparison.Ordinal))), TimeSpan.FromSeconds(20));
        using var client = proxy.CreateClient(new CookieContainer());
        var page = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>Which node answered <c>/health/ready</c> through the proxy for a new client, or null for a failed request.</summary>
    private static async Task<string?> ReadyThroughProxyAsync(ProxyServer proxy)
    {
        using var client = proxy.CreateClient(new CookieContainer());
        try
        {
            var response = await client.GetAsync("/health/ready");
            return response.StatusCode == HttpStatusCode.OK ? NodeOf(response) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }
            await Task.Delay(50);
        }
    }

    private static string NodeOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ProxyServer.NodeHeader, out var values) ? values.Single() : throw new InvalidOperationException("No node header.");

    private static async Task<HttpStatusCode> NegotiateAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MinutesHub.Path + "/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [GeneratedRegex("<[ab][0-9]+>")]
    private static partial Regex Token();

    /// <summary>A member signed in through the proxy: their session (with its affinity cookie) and their hub client.</summary>
    private sealed class Editor : IAsyncDisposable
    {
        private Editor(HttpClient http, LiveMinutesClient client, string node)
        {
            Http = http;
            Client = client;
            Node = node;
        }

        public HttpClient Http { get; }

        public LiveMinutesClient Client { get; }

        /// <summary>The node the proxy keeps this member on.</summary>
        public string Node { get; }

        public static async Task<Editor> SignInAsync(ProxyServer proxy, string email, string name)
        {
            var cookies = new CookieContainer();
            var http = proxy.CreateClient(cookies);
            var signedIn = await SignIn.PostLoginFormAsync(http, email, AppServer.DemoPassword);
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Sign-in as {email} through the proxy failed with {(int)signedIn.StatusCode}.");
            }
            var node = NodeOf(await http.GetAsync(BoardPage));
            return new Editor(http, await LiveMinutesClient.ConnectAsync(proxy.BaseAddress, cookies, name), node);
        }

        /// <summary>
        /// As the browser does when its connection closes: connects again through the proxy (retrying while the proxy
        /// still picks the dead node) and rejoins from the known revision, re-sending what was not acknowledged.
        /// </summary>
        public async Task FailOverAsync(ProxyServer proxy, Guid section, Stopwatch sinceKill, ITestOutputHelper output)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Client.IsConnected && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            var noticed = sinceKill.Elapsed;
            while (true)
            {
                await Client.DropAsync();
                try
                {
                    await Client.StartAsync(proxy.BaseAddress);
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or IOException or System.Net.WebSockets.WebSocketException && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(200);
                }
            }
            await Client.JoinAsync(section);
            output.WriteLine($"{Client.Name}: connection closed {noticed.TotalSeconds:F1} s after the kill, rejoined {sinceKill.Elapsed.TotalSeconds:F1} s after");
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            Http.Dispose();
        }
    }
}
