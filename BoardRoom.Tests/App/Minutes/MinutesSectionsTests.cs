using BoardRoom.App.Data;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Boards;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>The access decision the hub asks for on every call, over the seeded demo in a real SQLite file.</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class MinutesSectionsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSeededAsync();
        _services = _db.Services().AddSingleton<MinutesSections>().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task TheFirstCallOpeningASection_AndLaterCalls_DecideAlike()
    {
        var sections = _services.GetRequiredService<MinutesSections>();
        var member = await _db.PersonIdAsync("aisha.rahman@rdfb.example");
        var observer = await _db.PersonIdAsync("anna.schmidt@rdfb.example");
        var item = await UpcomingItemAsync(reserved: false);

        // The member's first call creates the section; the observer's and the member's next calls find it.
        var first = await sections.CheckAsync(member, item);
        var asObserver = await sections.CheckAsync(observer, item);
        var again = await sections.CheckAsync(member, item);

        Assert.Equal((true, (string?)null), (first.CanEdit, first.ReadOnlyReason));
        Assert.Equal((true, (string?)null), (again.CanEdit, again.ReadOnlyReason));
        Assert.Equal(first.Section.BoardId, again.Section.BoardId);
        Assert.False(asObserver.CanEdit);
        Assert.Contains("read the minutes but not edit", asObserver.ReadOnlyReason);
    }

    [Fact]
    public async Task AMemberWhoHasLeftTheBoard_IsRefused_AlthoughTheirSeatIsStillOnRecord()
    {
        var sections = _services.GetRequiredService<MinutesSections>();
        var member = await _db.PersonIdAsync("aisha.rahman@rdfb.example");
        var item = await UpcomingItemAsync(reserved: false);
        Assert.True((await sections.CheckAsync(member, item)).CanEdit);

        await using (var db = _db.Open())
        {
            var board = await db.Boards.Include(b => b.Members).SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
            board.RemoveMember(board.Members.Single(m => m.PersonId == member && m.IsActive).Id, DateOnly.FromDateTime(DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var refused = await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => sections.CheckAsync(member, item));
        Assert.Equal("forbidden", refused.Code);
    }

    [Fact]
    public async Task AnObserverAskingForReservedMinutes_IsRefused_WhileAMemberMayEditThem()
    {
        var sections = _services.GetRequiredService<MinutesSections>();
        var item = await UpcomingItemAsync(reserved: true);

        var observer = await _db.PersonIdAsync("anna.schmidt@rdfb.example");

        Assert.True((await sections.CheckAsync(await _db.PersonIdAsync("aisha.rahman@rdfb.example"), item)).CanEdit);
        var refused = await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => sections.CheckAsync(observer, item));
        Assert.Equal("forbidden", refused.Code);
        Assert.Contains("reserved business", refused.Message);
    }

    private async Task<Guid> UpcomingItemAsync(bool reserved)
    {
        await using var db = _db.Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        var meetings = await db.Meetings.Where(m => m.BoardId == board.Id).Include(m => m.AgendaItems).ToListAsync();
        return meetings.MaxBy(m => m.StartsAt)!.AgendaItems.Where(i => i.IsReserved == reserved).OrderBy(i => i.Position).First().Id.Value;
    }
}
