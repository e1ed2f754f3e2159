using System.Security.Claims;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Hosting;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Administration;

/// <summary>
/// The app's real feature services over a seeded SQLite file, called as a chosen demo person at a chosen time.
/// </summary>
public sealed class PlanningHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private PlanningHarness(TestDatabase database, ServiceProvider provider, TestClock clock)
    {
        Database = database;
        _provider = provider;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public TestClock Clock { get; }

    public const string Secretariat = "priya.raman@rdfb.example";
    public const string PermanentCoChair = "helen.marsh@rdfb.example";
    public const string Member = "aisha.rahman@rdfb.example";
    public const string Observer = "anna.schmidt@rdfb.example";
    public const string OtherBoardSecretariat = "mark.dunn@nsap.example";
    public const string Board = DemoSeeder.RareDiseasesSlug;

    public static async Task<PlanningHarness> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateSeededAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var services = database.Services();
        services.AddBoardRoomFeatures();
        // Uploaded papers go beside the test's database, not into the build output.
        services.PostConfigure<BoardRoomOptions>(o => o.DataDirectory = database.Directory);
        services.AddSingleton<TimeProvider>(clock);
        services.AddScoped<AuthenticationStateProvider, TestAuthentication>();
        configure?.Invoke(services);
        return new PlanningHarness(database, services.BuildServiceProvider(), clock);
    }

    /// <summary>The harness with the app's email services (outbox, notifications), links in emails under <paramref name="publicBase"/>.</summary>
    public static Task<PlanningHarness> CreateWithEmailAsync(string publicBase) =>
        CreateAsync(services => BoardRoom.App.Features.Email.EmailServices.AddBoardRoomEmail(services,
            new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["BoardRoom:Email:PublicBaseUrl"] = publicBase }).Build()));

    /// <summary>A feature service in a fresh scope (a fresh circuit), signed in as <paramref name="email"/>.</summary>
    public async Task<T> AsAsync<T>(string email) where T : notnull => (await ScopeAsAsync(email)).GetRequiredService<T>();

    /// <summary>A fresh scope (a fresh circuit) signed in as <paramref name="email"/>, for resolving several services.</summary>
    public async Task<IServiceProvider> ScopeAsAsync(string email)
    {
        var personId = await Database.PersonIdAsync(email);
        var scope = _provider.CreateScope();
        var auth = (TestAuthentication)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(BoardRoomClaims.PersonId, personId.ToString())], "test"));
        return scope.ServiceProvider;
    }

    /// <summary>The harness's container, for services that need no signed-in person (Identity's user manager).</summary>
    public IServiceProvider Services => _provider;

    public BoardRoomDbContext Open() => Database.Open();

    /// <summary>The demo board's next meeting (draft agenda, co-chaired by the permanent co-chair and a nation).</summary>
    public async Task<BoardRoom.Core.Meetings.Meeting> NextMeetingAsync()
    {
        await using var db = Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == Board);
        return await db.Meetings.Include(m => m.AgendaItems).AsNoTracking()
            .Where(m => m.BoardId == board.Id && m.Status == BoardRoom.Core.Meetings.MeetingStatus.Scheduled).OrderBy(m => m.StartsAt).FirstAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class TestAuthentication : AuthenticationStateProvider
    {
        public ClaimsPrincipal User { get; set; } = new();

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(User));
    }
}

/// <summary>A clock tests move by hand.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

public static class PlanningQueries
{
    /// <summary>The demo board's meetings in date order with the nation of their rotating co-chair.</summary>
    public static async Task<List<(BoardRoom.Core.Meetings.Meeting Meeting, BoardRoom.Core.Boards.Nation? Nation)>> ScheduleAsync(this PlanningHarness h, string slug = PlanningHarness.Board)
    {
        await using var db = h.Open();
        var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Slug == slug);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BoardId == board.Id).ToListAsync();
        return meetings.OrderBy(m => m.StartsAt)
            .Select(m => (m, board.Members.FirstOrDefault(x => x.Id == m.RotatingCoChairId)?.Nation)).ToList();
    }

    public static async Task<int> ChangeLogCountAsync(this PlanningHarness h)
    {
        await using var db = h.Open();
        return await db.RotationChanges.CountAsync();
    }

    /// <summary>The outbox's messages of one kind, oldest first.</summary>
    public static async Task<List<OutboxMessage>> OutboxAsync(this PlanningHarness h, BoardRoom.Core.Notifications.EmailKind kind)
    {
        await using var db = h.Open();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == kind).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    /// <summary>The email addresses of a meeting's co-chairs (the permanent and the rotating).</summary>
    public static async Task<IReadOnlyList<string>> CoChairEmailsAsync(this PlanningHarness h, BoardRoom.Core.Meetings.MeetingId meetingId)
    {
        await using var db = h.Open();
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId);
        var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Id == meeting.BoardId);
        var ids = board.CoChairsOf(meeting).Select(c => c.PersonId).ToList();
        return await db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Email).ToListAsync();
    }

    /// <summary>Each co-chair of the meeting who has not yet approved its agenda approves it, so the agenda is issued.</summary>
    public static async Task ApproveAgendaAsync(this PlanningHarness h, BoardRoom.Core.Meetings.MeetingId meetingId)
    {
        foreach (var coChair in await h.CoChairEmailsAsync(meetingId))
        {
            var editor = await h.AsAsync<BoardRoom.App.Features.Agendas.AgendaEditor>(coChair);
            if (!(await editor.GetAsync(meetingId.ToString())).Value!.IsApproved)
            {
                await editor.ApproveAsync(meetingId);
            }
        }
    }

    /// <summary>How many active members the demo board has.</summary>
    public static async Task<int> ActiveMemberCountAsync(this PlanningHarness h)
    {
        await using var db = h.Open();
        var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Slug == PlanningHarness.Board);
        return board.Members.Count(m => m.IsActive);
    }
}
