using System.Security.Claims;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Hosting;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
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
}
