using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Minutes;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.App.Hosting;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes;
using BoardRoom.Core.Minutes.Comments;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Suggestions;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Security;

/// <summary>
/// Who may call what: every route the app lists (<c>dotnet BoardRoom.App.dll routes</c>) and every method of the
/// minutes hub, called by seven identities on both demo boards, on public and reserved objects, with the answer each
/// should get worked out here from the roles alone. A route or hub method without a rule in this file fails the test.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture fixture) : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    public enum Who { Anonymous, Secretariat, PermanentCoChair, RotatingCoChair, Member, Observer, OtherBoardCoChair }

    public enum Outcome { Ok, SignIn, Denied }

    private static readonly Dictionary<Who, string> Emails = new()
    {
        [Who.Secretariat] = "priya.raman@rdfb.example",
        [Who.PermanentCoChair] = "helen.marsh@rdfb.example",
        [Who.RotatingCoChair] = "siobhan.doherty@rdfb.example",
        [Who.Member] = "aisha.rahman@rdfb.example",
        [Who.Observer] = "anna.schmidt@rdfb.example",
        [Who.OtherBoardCoChair] = "laura.finch@nsap.example",
    };

    /// <summary>What the matrix needs of one demo board: its people's roles and an object of each kind.</summary>
    public sealed record BoardFacts(
        string Slug, Guid NextMeeting, Guid PastMeeting, int PastNumber, Guid PublicItem, Guid ReservedItem,
        Guid PublicPaper, Guid ReservedPaper, IReadOnlyDictionary<Who, BoardRole> Roles, IReadOnlySet<Who> RunsNextMeeting,
        Guid PublicThread, Guid ReservedThread, Guid PublicSuggestion, Guid ReservedSuggestion);

    /// <summary>The rights a role gives, written from the design (docs/security.md), not read from the app.</summary>
    private static bool May(BoardFacts board, Who who, string right)
    {
        if (!board.Roles.TryGetValue(who, out var role))
        {
            return false;
        }
        return right switch
        {
            "view" => true,
            "reserved" or "edit" => role is BoardRole.CoChair or BoardRole.Member or BoardRole.Secretariat,
            "administer" => role == BoardRole.Secretariat,
            "run" => board.RunsNextMeeting.Contains(who),
            // Deciding on a suggestion: taking part in the minutes and running the meeting.
            "decide" => May(board, who, "edit") && May(board, who, "run"),
            _ => throw new ArgumentOutOfRangeException(nameof(right)),
        };
    }

    private static Outcome Public(Who _) => Outcome.Ok;

    private static Outcome SignedIn(Who who) => who == Who.Anonymous ? Outcome.SignIn : Outcome.Ok;

    private static Func<Who, Outcome> OnBoard(BoardFacts board, string right) =>
        who => who == Who.Anonymous ? Outcome.SignIn : May(board, who, right) ? Outcome.Ok : Outcome.Denied;

    /// <summary>One request of the matrix and the answer each identity should get.</summary>
    private sealed record Probe(string Route, string Label, HttpMethod Method, string Path, Func<Who, Outcome> Expect, object? Json = null, bool Capture = false);

    /// <summary>The rule for each route: the requests that exercise it, on both boards and both kinds of object.</summary>
    private IEnumerable<Probe> ProbesFor(string route)
    {
        var (a, b) = (fixture.A, fixture.B);
        var boards = new[] { a, b };
        Probe Get(string path, Func<Who, Outcome> expect, string label = "") => new(route, label, HttpMethod.Get, path, expect);
        switch (route)
        {
            case "GET,POST /account/invitation":
            case "GET,POST /account/forgot-password":
            case "GET,POST /account/reset-password":
            case "GET,POST /email/unsubscribe":
            case "GET,POST /forum/subscription/confirm":
            case "GET,POST /forum/subscription/unsubscribe":
            case "GET,POST /actions/update":
            case "GET,POST /account/login":
            case "GET,POST /account/login-2fa":
            case "GET,POST /error":
            case "GET,POST /not-found":
            case "GET,POST /forum":
            case "GET /forum/feed.atom":
                yield return Get(route.Split(' ')[1], Public);
                break;
            case "ANY /health/live":
            case "ANY /health/ready":
                // For the reverse proxy's probes: anonymous, and they say only Healthy or Unhealthy.
                yield return Get(route.Split(' ')[1], Public);
                break;
            case "GET,POST /forum/{Slug}":
                yield return Get($"/forum/{a.Slug}", Public);
                break;
            case "GET,POST /forum/{Slug}/minutes/{Number:int}":
                yield return Get($"/forum/{a.Slug}/minutes/{a.PastNumber}", Public);
                break;
            case "GET,POST /forum/{Slug}/minutes/{Number:int}/v/{Version:int}":
                yield return Get($"/forum/{a.Slug}/minutes/{a.PastNumber}/v/1", Public);
                break;
            case "GET /forum/{slug}/minutes/{number:int}/v{version:int}.pdf":
                yield return Get($"/forum/{a.Slug}/minutes/{a.PastNumber}/v1.pdf", Public);
                break;
            case "GET /forum/{slug}/minutes/{number:int}/v{version:int}.docx":
                // The Word document beside the PDF: the same public answer.
                yield return Get($"/forum/{a.Slug}/minutes/{a.PastNumber}/v1.docx", Public);
                break;
            case "GET,POST /":
            case "GET,POST /account/security":
            case "GET,POST /account/email":
            case "GET,POST /actions":
            case "GET,POST /boards":
            case "GET,POST /calendar":
            case "GET,POST /decisions":
            case "GET,POST /meetings":
            case "GET,POST /rotation":
                yield return Get(route.Split(' ')[1], SignedIn);
                break;
            case "GET,POST /search":
                // Everyone signed in may search; what each finds is only their own boards' (SiteSearchTests).
                yield return Get("/search?q=genomic", SignedIn);
                break;
            case "GET /api/registers/actions.csv":
            case "GET /api/registers/decisions.csv":
                // Everyone signed in has a register: it lists only their own boards (RegisterExportTests).
                yield return Get(route.Split(' ')[1], SignedIn);
                break;
            case "GET /calendar/feed/{token}.ics":
                // The token is the credential: a made-up one opens nothing, for anyone.
                yield return Get("/calendar/feed/not-a-real-token.ics", _ => Outcome.Denied);
                break;
            case "POST /forum/subscription/one-click":
                // The same for a forum subscriber's one-click address.
                yield return new(route, "", HttpMethod.Post, "/forum/subscription/one-click?token=not-a-real-token", _ => Outcome.Denied);
                break;
            case "POST /email/unsubscribe/one-click":
                // RFC 8058 one-click: the signed token is the credential, so a made-up one unsubscribes nobody.
                yield return new(route, "", HttpMethod.Post, "/email/unsubscribe/one-click?token=not-a-real-token", _ => Outcome.Denied);
                break;
            case "POST /account/passkeys/creation-options":
                // Options for making a passkey: only for the signed-in account (with the page's antiforgery token).
                yield return new(route, "", HttpMethod.Post, route.Split(' ')[1], SignedIn, Capture: true);
                break;
            case "POST /account/passkeys/request-options":
                // The sign-in page's passkey step: anyone, with that page's antiforgery token; it names no account.
                // Proven by PasskeyBrowserTests.
                yield break;
            case "POST /account/logout":
                // Needs the page's antiforgery token; its effect is proven by SessionRevocationTests.
                yield break;
            case "ANY /hubs/minutes":
            case "ANY /hubs/minutes/negotiate":
                // The hub's methods have their own matrix below.
                yield break;
            case "POST /api/minutes/preview":
                yield return new(route, "", HttpMethod.Post, "/api/minutes/preview", SignedIn, new { markdown = "**bold**" });
                break;
            default:
                foreach (var board in boards)
                {
                    foreach (var probe in BoardProbes(route, board))
                    {
                        yield return probe;
                    }
                }
                break;
        }
    }

    private IEnumerable<Probe> BoardProbes(string route, BoardFacts board)
    {
        var label = board.Slug;
        Probe Get(string path, string right, string kind = "") => new(route, $"{label} {kind}".Trim(), HttpMethod.Get, path, OnBoard(board, right));
        Probe Capture(string what, Guid item, string kind, object body) =>
            new(route, $"{label} {kind}", HttpMethod.Post, $"/api/meetings/{board.NextMeeting}/items/{item}/{what}", OnBoard(board, "edit"), body, Capture: true);
        switch (route)
        {
            case "GET,POST /boards/{Slug}":
                yield return Get($"/boards/{board.Slug}", "view");
                break;
            case "GET,POST /boards/{Slug}/admin":
                yield return Get($"/boards/{board.Slug}/admin", "administer");
                break;
            case "GET,POST /boards/{Slug}/outbox":
                // The board's emails (invitation links included) are for its secretariat only.
                yield return Get($"/boards/{board.Slug}/outbox", "administer");
                break;
            case "GET,POST /boards/{Slug}/rotation":
                yield return Get($"/boards/{board.Slug}/rotation", "view");
                break;
            case "GET /calendar/boards/{slug}.ics":
                yield return Get($"/calendar/boards/{board.Slug}.ics", "view");
                break;
            case "GET,POST /meetings/{Id}":
            case "GET,POST /meetings/{Id}/agenda":
            case "GET,POST /meetings/{Id}/minutes":
            case "GET,POST /meetings/{Id}/publication":
                yield return Get(route.Split(' ')[1].Replace("{Id}", board.NextMeeting.ToString(), StringComparison.Ordinal), "view");
                break;
            case "GET,POST /meetings/{Id}/run":
                // The run page is for those who run this meeting: its co-chairs and the secretariat.
                yield return Get($"/meetings/{board.NextMeeting}/run", "run");
                break;
            case "GET /api/minutes/sections/{sectionId:guid}/comments":
                // A section's review comments are read by whoever may read its minutes.
                yield return Get($"/api/minutes/sections/{board.PublicItem}/comments", "view", "public");
                yield return Get($"/api/minutes/sections/{board.ReservedItem}/comments", "reserved", "reserved");
                break;
            case "POST /api/minutes/sections/{sectionId:guid}/comments":
                // Opening a thread is taking part in the minutes: those who may edit them (an empty range is a 400 for them).
                foreach (var (item, kind) in new[] { (board.PublicItem, "public"), (board.ReservedItem, "reserved") })
                {
                    yield return new(route, $"{label} {kind}", HttpMethod.Post, $"/api/minutes/sections/{item}/comments", OnBoard(board, "edit"),
                        new { revision = 0, start = 0, end = 1, text = "A matrix comment" }, Capture: true);
                }
                break;
            case "POST /api/minutes/comments/{threadId:guid}/replies":
            case "POST /api/minutes/comments/{threadId:guid}/resolve":
            case "POST /api/minutes/comments/{threadId:guid}/reopen":
                // Answering, resolving and reopening: those who may edit the section (resolving twice is a 400 for them).
                foreach (var (thread, kind) in new[] { (board.PublicThread, "public"), (board.ReservedThread, "reserved") })
                {
                    yield return new(route, $"{label} {kind}", HttpMethod.Post, route.Split(' ')[1].Replace("{threadId:guid}", thread.ToString(), StringComparison.Ordinal),
                        OnBoard(board, "edit"), new { text = "A matrix reply" }, Capture: true);
                }
                break;
            case "GET /api/minutes/sections/{sectionId:guid}/suggestions":
                // A section's suggestions are read by whoever may read its minutes.
                yield return Get($"/api/minutes/sections/{board.PublicItem}/suggestions", "view", "public");
                yield return Get($"/api/minutes/sections/{board.ReservedItem}/suggestions", "reserved", "reserved");
                break;
            case "POST /api/minutes/sections/{sectionId:guid}/suggestions":
                // Suggesting is taking part in the minutes: those who may edit them (a suggestion of nothing is a 400 for them).
                foreach (var (item, kind) in new[] { (board.PublicItem, "public"), (board.ReservedItem, "reserved") })
                {
                    yield return new(route, $"{label} {kind}", HttpMethod.Post, $"/api/minutes/sections/{item}/suggestions", OnBoard(board, "edit"),
                        new { revision = 0, start = 0, end = 0, text = "" }, Capture: true);
                }
                break;
            case "POST /api/minutes/suggestions/{suggestionId:guid}/accept":
            case "POST /api/minutes/suggestions/{suggestionId:guid}/reject":
            case "POST /api/minutes/suggestions/{suggestionId:guid}/withdraw":
                // Accepting and rejecting: those who may edit the section and run the meeting (deciding twice is a 400 for
                // them). Withdrawing: those who may edit it (anyone's but the author's is a 400).
                var decides = route.EndsWith("withdraw", StringComparison.Ordinal) ? "edit" : "decide";
                foreach (var (suggestion, kind) in new[] { (board.PublicSuggestion, "public"), (board.ReservedSuggestion, "reserved") })
                {
                    yield return new(route, $"{label} {kind}", HttpMethod.Post, route.Split(' ')[1].Replace("{suggestionId:guid}", suggestion.ToString(), StringComparison.Ordinal),
                        OnBoard(board, decides), Capture: true);
                }
                break;
            case "GET /api/minutes/sections/{sectionId:guid}/history":
            case "GET /api/minutes/sections/{sectionId:guid}/history/{revision:long}":
                // A section's history is its minutes: readable by whoever may read the item's minutes.
                var suffix = route.EndsWith("{revision:long}", StringComparison.Ordinal) ? "/0" : "";
                yield return Get($"/api/minutes/sections/{board.PublicItem}/history{suffix}", "view", "public");
                yield return Get($"/api/minutes/sections/{board.ReservedItem}/history{suffix}", "reserved", "reserved");
                break;
            case "GET /meetings/{meetingId}/agenda/{which}.pdf":
                // The agenda's board pack: without reserved items for anyone on the board, the full one with reserved business.
                yield return Get($"/meetings/{board.NextMeeting}/agenda/public.pdf", "view", "public");
                yield return Get($"/meetings/{board.NextMeeting}/agenda/full.pdf", "reserved", "full");
                break;
            case "GET /papers/{id:guid}":
                yield return Get($"/papers/{board.PublicPaper}", "view", "public");
                yield return Get($"/papers/{board.ReservedPaper}", "reserved", "reserved");
                break;
            case "GET /publication/{meetingId}/current/{which}.pdf" when board.PastMeeting != Guid.Empty:
                yield return Get($"/publication/{board.PastMeeting}/current/public.pdf", "view", "public");
                yield return Get($"/publication/{board.PastMeeting}/current/full.pdf", "reserved", "full");
                break;
            case "GET /publication/{meetingId}/v{version:int}/{which}.pdf" when board.PastMeeting != Guid.Empty:
                yield return Get($"/publication/{board.PastMeeting}/v1/public.pdf", "view", "public");
                yield return Get($"/publication/{board.PastMeeting}/v1/full.pdf", "reserved", "full");
                break;
            // The Word documents beside the PDFs: the same members' rules, public and full.
            case "GET /publication/{meetingId}/current/{which}.docx" when board.PastMeeting != Guid.Empty:
                yield return Get($"/publication/{board.PastMeeting}/current/public.docx", "view", "public");
                yield return Get($"/publication/{board.PastMeeting}/current/full.docx", "reserved", "full");
                break;
            case "GET /publication/{meetingId}/v{version:int}/{which}.docx" when board.PastMeeting != Guid.Empty:
                yield return Get($"/publication/{board.PastMeeting}/v1/public.docx", "view", "public");
                yield return Get($"/publication/{board.PastMeeting}/v1/full.docx", "reserved", "full");
                break;
            case "GET /publication/{meetingId}/current/{which}.pdf":
            case "GET /publication/{meetingId}/v{version:int}/{which}.pdf":
            case "GET /publication/{meetingId}/current/{which}.docx":
            case "GET /publication/{meetingId}/v{version:int}/{which}.docx":
                break;
            case "POST /api/meetings/{meetingId:guid}/items/{itemId:guid}/decisions":
                yield return Capture("decisions", board.PublicItem, "public", new { text = "Agreed in the matrix", method = "Consensus" });
                yield return Capture("decisions", board.ReservedItem, "reserved", new { text = "Agreed in the matrix", method = "Consensus" });
                break;
            case "POST /api/meetings/{meetingId:guid}/items/{itemId:guid}/actions":
                var action = new { description = "Report back", ownerOrganisation = "NHS Wales", measure = "A report circulated", dueOn = "2030-01-01" };
                yield return Capture("actions", board.PublicItem, "public", action);
                yield return Capture("actions", board.ReservedItem, "reserved", action);
                break;
            default:
                throw new Xunit.Sdk.XunitException($"No access rule for the route '{route}': add one to {nameof(AuthorizationMatrixTests)}.");
        }
    }

    [Fact]
    public async Task EveryRoute_AnswersEachIdentity_AsItsRolesOnThatBoardAllow()
    {
        var routes = await Fixture.RoutesAsync();
        Assert.Contains("GET,POST /meetings/{Id}/minutes", routes);
        var mismatches = new List<string>();
        var probes = routes.SelectMany(ProbesFor).ToList();
        foreach (var who in Enum.GetValues<Who>())
        {
            var client = await fixture.ClientAsync(who);
            var token = who == Who.Anonymous ? null : await fixture.PageTokenAsync(who);
            foreach (var probe in probes)
            {
                var got = await SendAsync(client, probe, token);
                if (got.Outcome != probe.Expect(who))
                {
                    mismatches.Add($"{probe.Route} [{probe.Label}] as {who}: expected {probe.Expect(who)}, got {got.Status} ({got.Outcome})");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public async Task IdsOfTheOtherBoard_SwappedIntoARequest_OpenNothing()
    {
        var (a, b) = (fixture.A, fixture.B);
        foreach (var who in new[] { Who.Secretariat, Who.PermanentCoChair, Who.Member, Who.OtherBoardCoChair })
        {
            var client = await fixture.ClientAsync(who);
            var token = await fixture.PageTokenAsync(who);
            foreach (var (meeting, item) in new[] { (a.NextMeeting, b.PublicItem), (b.NextMeeting, a.PublicItem), (a.NextMeeting, b.ReservedItem) })
            {
                var probe = new Probe("swap", "", HttpMethod.Post, $"/api/meetings/{meeting}/items/{item}/decisions", _ => Outcome.Denied,
                    new { text = "Swapped ids", method = "Consensus" }, Capture: true);
                var got = await SendAsync(client, probe, token);
                Assert.True(got.Outcome == Outcome.Denied, $"{who} with meeting {meeting} and item {item}: {got.Status}");
            }
        }
        await using var db = ServerDatabase.Open(fixture.Server);
        Assert.False(await db.Decisions.AnyAsync(d => d.Text == "Swapped ids"));
    }

    [Fact]
    public async Task EveryHubMethod_AnswersEachIdentity_AsItsRolesAllow()
    {
        var declared = typeof(MinutesHub).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.DeclaringType == typeof(MinutesHub) && m.GetBaseDefinition().DeclaringType == typeof(MinutesHub))
            .Select(m => m.Name).ToHashSet();
        var covered = new HashSet<string> { "JoinSection", "Submit", "UpdatePresence", "LeaveSection" };
        Assert.True(declared.IsSubsetOf(covered), $"Hub methods without a rule: {string.Join(", ", declared.Except(covered))}");

        var mismatches = new List<string>();
        foreach (var who in Enum.GetValues<Who>())
        {
            if (who == Who.Anonymous)
            {
                await using var anonymous = new HubConnectionBuilder().WithUrl(new Uri(fixture.Server.BaseAddress, MinutesHub.Path.TrimStart('/'))).Build();
                await Assert.ThrowsAnyAsync<Exception>(() => anonymous.StartAsync());
                continue;
            }
            await using var hub = new HubConnectionBuilder()
                .WithUrl(new Uri(fixture.Server.BaseAddress, MinutesHub.Path.TrimStart('/')), o => o.Cookies = fixture.Cookies(who))
                .Build();
            await hub.StartAsync();
            foreach (var board in new[] { fixture.A, fixture.B })
            {
                foreach (var (section, kind) in new[] { (board.PublicItem, "public"), (board.ReservedItem, "reserved") })
                {
                    var read = May(board, who, kind == "public" ? "view" : "reserved");
                    var edit = read && May(board, who, "edit");
                    var joined = await Allowed(() => hub.InvokeAsync("JoinSection", new JoinRequest(section, null)));
                    Check($"JoinSection {board.Slug} {kind}", read, joined);
                    var presence = await Allowed(() => hub.InvokeAsync("UpdatePresence", new PresenceRequest(section, 0, 0, 0)));
                    Check($"UpdatePresence {board.Slug} {kind}", read, presence);
                    var op = JsonDocument.Parse("[\"m\"]").RootElement;
                    var submitted = await Allowed(() => hub.InvokeAsync("Submit", new SubmitRequest(section, $"matrix-{who}", 1, 0, op)));
                    // Against revision 0 a re-based insert is accepted; what matters is whether the call is allowed at all.
                    Check($"Submit {board.Slug} {kind}", edit, submitted);
                    Check($"LeaveSection {board.Slug} {kind}", true, await Allowed(() => hub.InvokeAsync("LeaveSection", section)));
                }
            }

            void Check(string call, bool expected, bool got)
            {
                if (expected != got)
                {
                    mismatches.Add($"{call} as {who}: expected {(expected ? "allowed" : "refused")}, got {(got ? "allowed" : "refused")}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    private static async Task<bool> Allowed(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (HubException)
        {
            return false;
        }
    }

    private static async Task<(HttpStatusCode Status, Outcome Outcome)> SendAsync(HttpClient client, Probe probe, string? token)
    {
        using var request = new HttpRequestMessage(probe.Method, probe.Path.TrimStart('/'));
        request.Headers.Add("Accept", "text/html,application/json,*/*");
        if (probe.Json is not null)
        {
            request.Content = JsonContent.Create(probe.Json);
        }
        if (probe.Capture && token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }
        using var response = await client.SendAsync(request);
        var status = response.StatusCode;
        var outcome = status switch
        {
            HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true => Outcome.SignIn,
            HttpStatusCode.Unauthorized => Outcome.SignIn,
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => Outcome.Denied,
            >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous => Outcome.Ok,
            // A permitted capture may still break a rule of the meeting (400 with a reason): allowed, not denied.
            HttpStatusCode.BadRequest when probe.Capture => Outcome.Ok,
            _ => (Outcome)(-1),
        };
        return (status, outcome);
    }

    /// <summary>An app of its own (permitted captures and edits write to it), with a paper on a public and a reserved item of each board.</summary>
    public sealed partial class Fixture : IAsyncLifetime
    {
        private readonly Dictionary<Who, (HttpClient Client, CookieContainer Cookies)> _clients = [];
        private readonly Dictionary<Who, string> _tokens = [];
        private AppServer? _server;

        public AppServer Server => _server ?? throw new InvalidOperationException("Not started.");

        public BoardFacts A { get; private set; } = default!;

        public BoardFacts B { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            _server = await AppServer.StartAsync();
            A = await FactsAsync(DemoSeeder.RareDiseasesSlug);
            B = await FactsAsync(DemoSeeder.NewbornScreeningSlug);
        }

        public async Task DisposeAsync()
        {
            foreach (var (client, _) in _clients.Values)
            {
                client.Dispose();
            }
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }

        /// <summary>The route table as the app prints it.</summary>
        public static async Task<IReadOnlyList<string>> RoutesAsync()
        {
            var data = Directory.CreateTempSubdirectory("boardroom-routes-");
            var (exitCode, output, _) = await AppServer.RunCommandAsync(RouteTable.Command, data.FullName);
            data.Delete(recursive: true);
            Assert.Equal(0, exitCode);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => RouteLine().IsMatch(l) && !l.Contains("{**path:file}", StringComparison.Ordinal)).ToList();
        }

        public CookieContainer Cookies(Who who) => _clients[who].Cookies;

        public async Task<HttpClient> ClientAsync(Who who)
        {
            if (!_clients.TryGetValue(who, out var entry))
            {
                var cookies = new CookieContainer();
                var client = who == Who.Anonymous ? Server.CreateClient(cookies: cookies) : await SignIn.SignedInClientAsync(Server, Emails[who], cookies);
                entry = (client, cookies);
                _clients[who] = entry;
            }
            return entry.Client;
        }

        /// <summary>The antiforgery token a page gives the person, as the minutes page's capture form sends it.</summary>
        public async Task<string> PageTokenAsync(Who who)
        {
            if (!_tokens.TryGetValue(who, out var token))
            {
                var html = await (await ClientAsync(who)).GetStringAsync("account/security");
                token = SignIn.AntiforgeryToken(html);
                _tokens[who] = token;
            }
            return token;
        }

        private async Task<BoardFacts> FactsAsync(string slug)
        {
            await using var db = ServerDatabase.Open(Server);
            var board = await db.Boards.Include(b => b.Members).SingleAsync(b => b.Slug == slug);
            var meetings = await db.Meetings.Include(m => m.AgendaItems).Where(m => m.BoardId == board.Id).ToListAsync();
            var next = meetings.Where(m => m.Status == MeetingStatus.Scheduled).MinBy(m => m.StartsAt)!;
            if (!next.AgendaItems.Any(i => i.IsReserved))
            {
                next.AddAgendaItem("Confidential matter", AgendaPurpose.ForDiscussion, "Chair", 10, isReserved: true);
                await db.SaveChangesAsync();
            }
            var past = meetings.Where(m => m.Status == MeetingStatus.Closed).MinBy(m => m.StartsAt);
            var publicItem = next.AgendaItems.First(i => !i.IsReserved && !i.IsStanding);
            var reservedItem = next.AgendaItems.First(i => i.IsReserved);
            var papers = new List<Guid>();
            foreach (var item in new[] { publicItem, reservedItem })
            {
                var paper = await PaperChecks.ReadAsync("paper.pdf", new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()));
                var row = new AgendaPaperRow
                {
                    BoardId = board.Id, MeetingId = next.Id, AgendaItemId = item.Id, FileName = paper.FileName,
                    ContentType = paper.ContentType, Length = paper.Length, Sha256 = paper.Sha256, UploadedAt = DateTimeOffset.UtcNow,
                    UploadedBy = board.Members[0].PersonId,
                };
                db.AgendaPapers.Add(row);
                db.PaperContents.Add(new PaperContentRow { PaperId = row.Id, Content = paper.Content });
                papers.Add(row.Id);
            }
            await db.SaveChangesAsync();

            var roles = new Dictionary<Who, BoardRole>();
            var runs = new HashSet<Who>();
            foreach (var (who, email) in Emails)
            {
                var person = await db.People.SingleAsync(p => p.Email == email);
                if (board.ActiveMembershipOf(person.Id) is { } seat)
                {
                    roles[who] = seat.Role;
                    if (seat.Role == BoardRole.Secretariat || seat.IsPermanentCoChair || seat.Id == next.RotatingCoChairId)
                    {
                        runs.Add(who);
                    }
                }
            }
            var threads = new List<Guid>();
            var suggestions = new List<Guid>();
            var author = board.Members.First(m => m.IsActive);
            foreach (var item in new[] { publicItem, reservedItem })
            {
                var section = await db.MinutesSections.FirstOrDefaultAsync(s => s.Id == item.Id);
                if (section is null)
                {
                    section = MinutesSection.For(next, item);
                    db.MinutesSections.Add(section);
                }
                var thread = CommentThread.Open(section, new TextAnchor(0, 1), 0, "x", new WorkflowActor(author.PersonId, "Matrix"), "A thread to answer", DateTimeOffset.UtcNow);
                db.CommentThreads.Add(thread);
                threads.Add(thread.Id);
                var suggestion = Suggestion.Propose(section, new TextAnchor(0, 0), 0, "", "A matrix suggestion. ", new WorkflowActor(author.PersonId, "Matrix"), DateTimeOffset.UtcNow);
                db.Suggestions.Add(suggestion);
                suggestions.Add(suggestion.Id);
            }
            await db.SaveChangesAsync();
            return new BoardFacts(slug, next.Id.Value, past?.Id.Value ?? Guid.Empty, past?.Number ?? 0, publicItem.Id.Value, reservedItem.Id.Value,
                papers[0], papers[1], roles, runs, threads[0], threads[1], suggestions[0], suggestions[1]);
        }

        [GeneratedRegex(@"^[A-Z,]+ /")]
        private static partial Regex RouteLine();
    }
}
