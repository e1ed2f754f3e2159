using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Agendas;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.App.Administration;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Agendas;

public sealed class AgendaEditorServiceTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;
    private Meeting _meeting = null!;

    public async Task InitializeAsync()
    {
        _h = await PlanningHarness.CreateAsync();
        _meeting = await _h.NextMeetingAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static AgendaItemForm Item(string title, int minutes, bool reserved = false) =>
        new() { Title = title, Purpose = AgendaPurpose.ForDecision, Presenter = "Daniel Price", MinutesAllotted = minutes, IsReserved = reserved };

    [Fact]
    public async Task TwoPeopleCarryingTheSameItemAtOnce_PutItOnTheNextAgendaOnce()
    {
        Meeting held;
        await using (var db = _h.Open())
        {
            held = await db.Meetings.Include(m => m.AgendaItems).AsNoTracking()
                .Where(m => m.SeriesId == _meeting.SeriesId && m.StartsAt < _meeting.StartsAt).OrderByDescending(m => m.StartsAt).FirstAsync();
        }
        var item = held.AgendaItems.First(i => !i.IsStanding);
        var secretariat = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var coChair = await _h.AsAsync<AgendaEditor>(PlanningHarness.PermanentCoChair);

        var attempts = new[] { secretariat.CarryForwardAsync(held.Id, item.Id), coChair.CarryForwardAsync(held.Id, item.Id) };
        var outcomes = await Task.WhenAll(attempts.Select(async t =>
        {
            try
            {
                await t;
                return "carried";
            }
            catch (DomainRuleException e)
            {
                return e.Message;
            }
        }));

        Assert.Single(outcomes, o => o == "carried");
        Assert.Single(outcomes, o => o.Contains("already on the agenda", StringComparison.Ordinal));
        var next = await _h.NextMeetingAsync();
        Assert.Single(next.AgendaItems, i => i.CarriedFromId == item.Id);
    }

    [Fact]
    public async Task AnItemOfAHeldMeeting_IsCarriedToTheNextMeetingOfItsSeries_ShowingWhereItCameFrom()
    {
        await using var db = _h.Open();
        var held = await db.Meetings.Include(m => m.AgendaItems).AsNoTracking()
            .Where(m => m.SeriesId == _meeting.SeriesId && m.StartsAt < _meeting.StartsAt).OrderByDescending(m => m.StartsAt).FirstAsync();
        var deferred = held.AgendaItems.First(i => !i.IsStanding && !i.IsReserved);
        var secretariat = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);

        var to = await secretariat.CarryForwardAsync(held.Id, deferred.Id);

        Assert.Equal(_meeting.Id, to.Id);
        var view = (await secretariat.GetAsync(_meeting.Id.ToString())).Value!;
        // Carried in before any other business, which stays last.
        var carried = view.Items[^2];
        Assert.Equal("Any other business", view.Items[^1].Title);
        Assert.Equal((deferred.Title, deferred.Presenter, deferred.MinutesAllotted), (carried.Title, carried.Presenter, carried.MinutesAllotted));
        Assert.Equal($"Carried forward from meeting {held.Number} ({BoardRoom.Core.Meetings.LondonTime.ToLocal(held.StartsAt):d MMM yyyy})", carried.CarriedFrom);
        Assert.Single(view.Items, i => i.CarriedFrom is not null);

        var twice = await Assert.ThrowsAsync<DomainRuleException>(() => secretariat.CarryForwardAsync(held.Id, deferred.Id));
        Assert.Contains("already on the agenda", twice.Message);
        var member = await _h.AsAsync<AgendaEditor>(PlanningHarness.Member);
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => member.CarryForwardAsync(held.Id, held.AgendaItems[^1].Id));
        Assert.Equal(AgendaEditor.NotAnEditor, refused.Message);
        Assert.Equal(view.Items.Count, (await secretariat.GetAsync(_meeting.Id.ToString())).Value!.Items.Count);
    }

    [Fact]
    public async Task AnAcceptedChange_IsAnnouncedToThePagesOpenOnTheMeeting_AndARefusedOneIsNot()
    {
        var secretariat = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var member = await _h.AsAsync<AgendaEditor>(PlanningHarness.Member);
        using var announced = new SemaphoreSlim(0);
        using var subscription = member.Subscribe(_meeting.Id, () =>
        {
            announced.Release();
            return Task.CompletedTask;
        });

        await Assert.ThrowsAsync<AccessDeniedException>(() => member.AddItemAsync(_meeting.Id, Item("Not mine to add", 5)));
        await secretariat.AddItemAsync(_meeting.Id, Item("Genomic testing: regional pilots", 25));
        await Assert.ThrowsAsync<AccessDeniedException>(() => secretariat.ApproveAsync(_meeting.Id)); // only co-chairs approve

        Assert.True(await announced.WaitAsync(TimeSpan.FromSeconds(10)), "the accepted change was not announced");
        Assert.False(await announced.WaitAsync(TimeSpan.FromMilliseconds(300)), "a refused change was announced");
    }

    [Fact]
    public async Task Secretariat_AddsAndMovesItems_AndStartTimesFollowTheNewOrder()
    {
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);

        var id = await editor.AddItemAsync(_meeting.Id, Item("Genomic testing: regional pilots", 25));
        await editor.MoveItemAsync(_meeting.Id, id, 1);

        var view = (await editor.GetAsync(_meeting.Id.ToString())).Value!;
        Assert.Equal("Genomic testing: regional pilots", view.Items[0].Title);
        Assert.Equal(_meeting.StartsAt, view.Items[0].StartsAt);
        Assert.Equal(_meeting.StartsAt.AddMinutes(25), view.Items[1].StartsAt);
        Assert.Equal(135, view.MinutesPlanned);
        Assert.True(view.IsOver);
        Assert.Equal(Enumerable.Range(1, view.Items.Count), view.Items.Select(i => i.Position));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public async Task AZeroOrNegativeTime_IsRefused_AndNothingIsSaved(int minutes)
    {
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => editor.AddItemAsync(_meeting.Id, Item("Bad item", minutes)));
        var revise = await Assert.ThrowsAsync<DomainRuleException>(() => editor.ReviseItemAsync(_meeting.Id, _meeting.AgendaItems[0].Id, Item("Renamed", minutes)));

        Assert.Contains("greater than zero", refused.Message);
        Assert.Contains("greater than zero", revise.Message);
        var after = await _h.NextMeetingAsync();
        Assert.Equal(_meeting.AgendaItems.Select(i => (i.Title, i.MinutesAllotted)), after.AgendaItems.Select(i => (i.Title, i.MinutesAllotted)));
    }

    [Fact]
    public async Task StandingItems_AreAddedOnce_OpeningAtTheTopAndAnyOtherBusinessLast()
    {
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var fresh = Meeting.Schedule(_meeting.BoardId, _meeting.SeriesId, 99, "Delivery Group meeting 99", _meeting.StartsAt.AddDays(84), TimeSpan.FromHours(2), "", "");
        fresh.AddAgendaItem("Registry specification", AgendaPurpose.ForDecision, "Daniel Price", 25);
        await using (var db = _h.Open())
        {
            db.Meetings.Add(fresh);
            await db.SaveChangesAsync();
        }

        var added = await editor.AddStandingItemsAsync(fresh.Id);
        var again = await editor.AddStandingItemsAsync(fresh.Id);

        Assert.Equal(5, added);
        Assert.Equal(0, again);
        var titles = (await editor.GetAsync(fresh.Id.ToString())).Value!.Items.Select(i => i.Title).ToList();
        Assert.Equal(StandingAgenda.Default.Take(4).Select(s => s.Title).Append("Registry specification").Append("Any other business"), titles);
    }

    [Fact]
    public async Task OnlyTheMeetingsCoChairs_ApproveTheAgenda_AndThenItIsClosedToEditsUntilReopened()
    {
        var secretariat = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var member = await _h.AsAsync<AgendaEditor>(PlanningHarness.Member);
        var coChair = await _h.AsAsync<AgendaEditor>(PlanningHarness.PermanentCoChair);

        Assert.Equal(AgendaEditor.NotACoChair, (await Assert.ThrowsAsync<AccessDeniedException>(() => secretariat.ApproveAsync(_meeting.Id))).Message);
        Assert.Equal(AgendaEditor.NotACoChair, (await Assert.ThrowsAsync<AccessDeniedException>(() => member.ApproveAsync(_meeting.Id))).Message);
        Assert.Equal(AgendaEditor.NotAnEditor, (await Assert.ThrowsAsync<AccessDeniedException>(() => member.AddItemAsync(_meeting.Id, Item("Mine", 5)))).Message);

        await coChair.ApproveAsync(_meeting.Id);

        var asMember = (await member.GetAsync(_meeting.Id.ToString())).Value!;
        Assert.True(asMember.IsApproved);
        Assert.False(asMember.IsEditable);
        var locked = await Assert.ThrowsAsync<DomainRuleException>(() => secretariat.AddItemAsync(_meeting.Id, Item("Late item", 5)));
        Assert.Contains("reopen it", locked.Message);

        await secretariat.ReopenAsync(_meeting.Id);
        await secretariat.AddItemAsync(_meeting.Id, Item("Late item", 5));
        Assert.Equal(AgendaStatus.Draft, (await _h.NextMeetingAsync()).AgendaStatus);
    }

    [Fact]
    public async Task AnotherNationsCoChair_IsNotThisMeetingsCoChair_AndCannotApprove()
    {
        await using var db = _h.Open();
        var others = await db.Memberships.Where(m => m.BoardId == _meeting.BoardId && m.Nation != null && m.Role == BoardRoom.Core.Boards.BoardRole.CoChair && m.Id != _meeting.RotatingCoChairId)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => p.Email).FirstAsync();
        var editor = await _h.AsAsync<AgendaEditor>(others);

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => editor.ApproveAsync(_meeting.Id));

        Assert.Equal(AgendaEditor.NotACoChair, refused.Message);
    }

    [Fact]
    public async Task Observer_DoesNotSeeReservedItems_AndOtherBoardsAreForbidden()
    {
        var observer = await _h.AsAsync<AgendaEditor>(PlanningHarness.Observer);
        var outsider = await _h.AsAsync<AgendaEditor>("laura.finch@nsap.example");

        var view = (await observer.GetAsync(_meeting.Id.ToString())).Value!;
        var refused = await outsider.GetAsync(_meeting.Id.ToString());

        Assert.DoesNotContain(view.Items, i => i.IsReserved);
        Assert.Equal(1, view.ReservedItemsHidden);
        Assert.Equal(AccessOutcome.Forbidden, refused.Outcome);
    }
}
