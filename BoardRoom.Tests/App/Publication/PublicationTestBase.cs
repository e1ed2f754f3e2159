using BoardRoom.App.Data;
using BoardRoom.App.Features.Forum;
using BoardRoom.App.Features.Publication;
using BoardRoom.App.Hosting;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Publication;

/// <summary>The app's publication services over a freshly seeded SQLite file (whose past meeting is published as version 1).</summary>
public abstract class PublicationTestBase : IAsyncLifetime
{
    /// <summary>A word that appears only in the minutes and decision of the demo's reserved item.</summary>
    public const string ReservedWord = "Meridian";

    private TestDatabase? _database;
    private ServiceProvider? _provider;

    protected TestDatabase Database => _database!;

    protected MinutesPublisher Publisher => _provider!.GetRequiredService<MinutesPublisher>();

    protected BoardRoom.App.Features.Minutes.MinutesSections Sections => _provider!.GetRequiredService<BoardRoom.App.Features.Minutes.MinutesSections>();

    protected ForumDirectory Forum => _provider!.GetRequiredService<ForumDirectory>();

    protected MeetingId PastMeeting { get; private set; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        var services = Database.Services();
        services.AddBoardRoomFeatures();
        _provider = services.BuildServiceProvider();
        await using var db = Database.Open();
        PastMeeting = await db.Meetings.Where(m => m.Status == MeetingStatus.Closed).Select(m => m.Id).SingleAsync();
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected Task<PersonId> Person(string email) => Database.PersonIdAsync(email);

    /// <summary>The email of the past meeting's rotating co-chair (it depends on today's date).</summary>
    protected async Task<string> RotatingCoChairEmailAsync()
    {
        await using var db = Database.Open();
        var membershipId = await db.Meetings.Where(m => m.Id == PastMeeting).Select(m => m.RotatingCoChairId).SingleAsync();
        var personId = await db.Memberships.Where(m => m.Id == membershipId).Select(m => m.PersonId).SingleAsync();
        return await db.People.Where(p => p.Id == personId).Select(p => p.Email).SingleAsync();
    }

    /// <summary>Adds an edit to a section's op log directly, as the hub would have before the minutes were locked.</summary>
    protected async Task AppendToSectionAsync(Guid sectionId, string text)
    {
        await using var db = Database.Open();
        var current = await new SectionTexts(_provider!.GetRequiredService<IDbContextFactory<BoardRoomDbContext>>()).ReadAsync(sectionId);
        var revision = await db.MinutesOperations.Where(o => o.DocumentId == sectionId).CountAsync();
        db.MinutesOperations.Add(new MinutesOperationRow
        {
            DocumentId = sectionId,
            Revision = revision + 1,
            AuthorId = "test",
            ClientId = "test",
            ClientSeq = revision,
            Operation = BoardRoom.Core.Minutes.Ot.TextOperation.Insert(current.Length, current.Length, text).ToJson(),
            Timestamp = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    protected async Task<Guid> SectionAsync(string titleStart)
    {
        await using var db = Database.Open();
        return await db.AgendaItems.Where(i => i.MeetingId == PastMeeting && i.Title.StartsWith(titleStart)).Select(i => i.Id.Value).SingleAsync();
    }
}
