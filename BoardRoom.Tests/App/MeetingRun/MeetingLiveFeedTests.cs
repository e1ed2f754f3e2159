using BoardRoom.App.Features.Meetings;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.App.Administration;
using BoardRoom.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.MeetingRun;

/// <summary>
/// After a change, a meeting is read once for all of its open pages (<see cref="MeetingLiveFeed"/>), however many there
/// are, and each page shapes that one read for its own person: reserved business stays with those who may read it.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class MeetingLiveFeedTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private PlanningHarness _h = null!;
    private Meeting _next = null!;

    public async Task InitializeAsync()
    {
        _h = await PlanningHarness.CreateAsync();
        _next = await _h.NextMeetingAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private MeetingLiveFeed Feed => _h.Services.GetRequiredService<MeetingLiveFeed>();

    [Fact]
    public async Task OneChange_IsReadOnceForAllOfTheMeetingsOpenPages()
    {
        var pages = Enumerable.Range(0, 5).Select(_ => new TaskCompletionSource<MeetingSnapshot?>(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var subscriptions = pages.Select(page => Feed.Subscribe(_next.Id, snapshot =>
        {
            page.TrySetResult(snapshot);
            return Task.CompletedTask;
        })).ToList();
        var before = Feed.Reads;
        var chair = await _h.AsAsync<MeetingRunService>(PlanningHarness.PermanentCoChair);

        await chair.StartAsync(_next.Id, confirmedOffSchedule: true);

        var seen = await Task.WhenAll(pages.Select(p => p.Task.WaitAsync(Patience)));
        Assert.Equal(1, Feed.Reads - before);
        Assert.All(seen, s => Assert.Same(seen[0], s));
        Assert.Equal(MeetingStatus.InProgress, seen[0]!.Meeting.Status);
        subscriptions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task OneRead_IsShapedForEachPerson_ReservedItemsOnlyForThoseWhoMayReadThem()
    {
        var reserved = _next.AgendaItems.Where(i => i.IsReserved).Select(i => i.Title).ToList();
        Assert.NotEmpty(reserved);
        var snapshot = await Feed.ReadAsync(_next.Id);

        var member = (await (await _h.AsAsync<MeetingRunService>(PlanningHarness.Member)).ViewAsync(snapshot)).Value!;
        var observer = (await (await _h.AsAsync<MeetingRunService>(PlanningHarness.Observer)).ViewAsync(snapshot)).Value!;
        var observersPage = (await (await _h.AsAsync<MeetingDirectory>(PlanningHarness.Observer)).DetailsAsync(snapshot)).Value!;
        var outsider = await (await _h.AsAsync<MeetingRunService>(PlanningHarness.OtherBoardSecretariat)).ViewAsync(snapshot);

        Assert.Superset(reserved.ToHashSet(), member.Items.Select(i => i.Title).ToHashSet());
        Assert.DoesNotContain(observer.Items, i => i.IsReserved || reserved.Contains(i.Title));
        Assert.DoesNotContain(observersPage.Agenda, i => reserved.Contains(i.Title));
        Assert.Equal(reserved.Count, observersPage.ReservedItemsHidden);
        Assert.False(outsider.IsAllowed);
    }

    [Fact]
    public async Task ABurstOfChanges_LeavesEveryPageOnTheLast()
    {
        var chair = await _h.AsAsync<MeetingRunService>(PlanningHarness.PermanentCoChair);
        await chair.StartAsync(_next.Id, confirmedOffSchedule: true);
        var latest = new MeetingSnapshot?[3];
        var subscriptions = Enumerable.Range(0, latest.Length).Select(i => Feed.Subscribe(_next.Id, snapshot =>
        {
            lock (latest)
            {
                if (snapshot is null || latest[i] is null || snapshot.Sequence > latest[i]!.Sequence)
                {
                    latest[i] = snapshot;
                }
            }
            return Task.CompletedTask;
        })).ToList();
        var before = Feed.Reads;
        var items = _next.AgendaItems.Count;

        for (var n = 0; n < items - 1; n++)
        {
            await chair.NextItemAsync(_next.Id);
        }

        var last = _next.AgendaItems.OrderBy(i => i.Position).Last().Id;
        var deadline = DateTime.UtcNow + Patience;
        while (latest.Any(s => s?.Meeting.CurrentItemId != last))
        {
            Assert.True(DateTime.UtcNow < deadline, "Not every page reached the last item.");
            await Task.Delay(20);
        }
        Assert.InRange(Feed.Reads - before, 1, items - 1);
        subscriptions.ForEach(s => s.Dispose());
    }
}
