using System.Collections.Concurrent;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.App.Features.Registers;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.App.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.MeetingRun;

/// <summary>
/// Meeting changes are announced from one place (<see cref="MeetingChangeInterceptor"/>) after they are saved: for the
/// meeting's own records, for the records hanging from them, and for both meetings when an item is carried forward;
/// inside a transaction only on commit.
/// </summary>
public sealed class MeetingChangeAnnouncementTests : IAsyncLifetime
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);
    private PlanningHarness _h = null!;
    private Meeting _next = null!;
    private Meeting _held = null!;

    public async Task InitializeAsync()
    {
        _h = await PlanningHarness.CreateAsync();
        _next = await _h.NextMeetingAsync();
        await using var db = _h.Open();
        _held = await db.Meetings.Include(m => m.AgendaItems).AsNoTracking()
            .Where(m => m.SeriesId == _next.SeriesId && m.StartsAt < _next.StartsAt).OrderByDescending(m => m.StartsAt).FirstAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task CarryingAnItemForward_AnnouncesTheMeetingItLeftAndTheMeetingItJoined()
    {
        using var heard = Listen(_held.Id, _next.Id);
        var secretariat = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);

        await secretariat.CarryForwardAsync(_held.Id, _held.AgendaItems.First(i => !i.IsStanding).Id);

        Assert.Equal(new HashSet<MeetingId> { _held.Id, _next.Id }, (await heard.NextAsync(2)).ToHashSet());
        Assert.Empty(await heard.QuietAsync());
    }

    [Fact]
    public async Task AnUpdateToAnAction_WhichSavesOnlyTheUpdate_AnnouncesTheMeetingTheActionWasAgreedAt()
    {
        ActionItem action;
        await using (var db = _h.Open())
        {
            action = await db.Actions.AsNoTracking().FirstAsync(a => a.Status == ActionStatus.Open);
        }
        using var heard = Listen(action.MeetingId, _next.Id);
        var secretariat = await _h.AsAsync<ActionRegister>(PlanningHarness.Secretariat);

        await secretariat.UpdateAsync(action.Id, "Draft circulated to the delivery group", null);

        Assert.Equal([action.MeetingId], await heard.NextAsync(1));
        Assert.Empty(await heard.QuietAsync());
    }

    [Fact]
    public async Task AnApproval_OwnedByTheMeeting_IsAnnounced()
    {
        using var heard = Listen(_next.Id);
        var coChair = await _h.AsAsync<AgendaEditor>(PlanningHarness.PermanentCoChair);

        await coChair.ApproveAsync(_next.Id);

        Assert.Equal([_next.Id], await heard.NextAsync(1));
    }

    [Fact]
    public async Task InsideATransaction_NothingIsAnnouncedBeforeTheCommit_AndNothingAtAllOnARollback()
    {
        using var heard = Listen(_next.Id);
        var contexts = _h.Services.GetRequiredService<IDbContextFactory<BoardRoomDbContext>>();
        var itemId = _next.AgendaItems.First(i => !i.IsStanding).Id;

        await using (var db = await contexts.CreateDbContextAsync())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await ReviseAsync(db, itemId, "Rolled back");
            Assert.Empty(await heard.QuietAsync());
            await tx.RollbackAsync();
        }
        Assert.Empty(await heard.QuietAsync());

        await using (var db = await contexts.CreateDbContextAsync())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await ReviseAsync(db, itemId, "Committed");
            Assert.Empty(await heard.QuietAsync());
            await tx.CommitAsync();
        }
        Assert.Equal([_next.Id], await heard.NextAsync(1));
    }

    private static async Task ReviseAsync(BoardRoomDbContext db, BoardRoom.Core.Agendas.AgendaItemId itemId, string title)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.AgendaItems.Any(i => i.Id == itemId));
        var item = meeting.AgendaItems.Single(i => i.Id == itemId);
        meeting.ReviseAgendaItem(itemId, title, item.Purpose, item.Presenter, item.MinutesAllotted, item.Description, item.IsReserved);
        await db.SaveChangesAsync();
    }

    private Listener Listen(params MeetingId[] meetings)
    {
        return new Listener(_h.Services.GetRequiredService<MeetingLiveNotifier>(), meetings);
    }

    /// <summary>Records the announcements of some meetings, in the order they arrive.</summary>
    private sealed class Listener : IDisposable
    {
        private readonly ConcurrentQueue<MeetingId> _heard = new();
        private readonly SemaphoreSlim _arrived = new(0);
        private readonly List<IDisposable> _subscriptions;

        public Listener(MeetingLiveNotifier notifier, MeetingId[] meetings)
        {
            _subscriptions = meetings.Select(id => notifier.Subscribe(id, () =>
            {
                _heard.Enqueue(id);
                _arrived.Release();
                return Task.CompletedTask;
            })).ToList();
        }

        public async Task<MeetingId[]> NextAsync(int count)
        {
            var got = new List<MeetingId>();
            for (var i = 0; i < count; i++)
            {
                Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(10)), $"Only {got.Count} of {count} announcements arrived.");
                Assert.True(_heard.TryDequeue(out var id));
                got.Add(id);
            }
            return [.. got];
        }

        public async Task<MeetingId[]> QuietAsync()
        {
            await Task.Delay(Quiet);
            var got = new List<MeetingId>();
            while (_heard.TryDequeue(out var id))
            {
                await _arrived.WaitAsync();
                got.Add(id);
            }
            return [.. got];
        }

        public void Dispose()
        {
            _subscriptions.ForEach(s => s.Dispose());
            _arrived.Dispose();
        }
    }
}
