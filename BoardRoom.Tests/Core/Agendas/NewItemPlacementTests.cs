using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Tests.Core.Agendas;

public sealed class NewItemPlacementTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static Meeting MeetingWithStandingItems(MeetingSeriesId? series = null, DateTimeOffset? at = null)
    {
        var meeting = Meeting.Schedule(BoardId.New(), series, 1, "Delivery Group meeting 1", at ?? Ten, TimeSpan.FromHours(2), "", "");
        meeting.AddStandingItems(StandingAgenda.Default);
        return meeting;
    }

    [Fact]
    public void ANewItemOnAnAgendaOfStandingItemsOnly_GoesBeforeAnyOtherBusiness()
    {
        var meeting = MeetingWithStandingItems();

        meeting.AddAgendaItem("Registry specification", AgendaPurpose.ForDecision, "Daniel Price", 25);

        var titles = meeting.AgendaItems.Select(i => i.Title).ToList();
        Assert.Equal("Registry specification", titles[^2]);
        Assert.Equal("Any other business", titles[^1]);
        Assert.Equal(Enumerable.Range(1, titles.Count), meeting.AgendaItems.Select(i => i.Position));
    }

    [Fact]
    public void FurtherNewItems_FollowTheItemsOfBusiness_AndAnyOtherBusinessStaysLast()
    {
        var meeting = MeetingWithStandingItems();
        meeting.AddAgendaItem("First", AgendaPurpose.ForDiscussion, "", 10);

        meeting.AddAgendaItem("Second", AgendaPurpose.ForDiscussion, "", 10);

        Assert.Equal(["Action log review", "First", "Second", "Any other business"], meeting.AgendaItems.Select(i => i.Title).TakeLast(4));
    }

    [Fact]
    public void ASeriesTemplateThatClosesWithItsOwnItems_KeepsThemLast()
    {
        StandingItem[] template = [new("Welcome", AgendaPurpose.ForInformation, "Chair", 5), new("Close and date of next meeting", AgendaPurpose.ForInformation, "Chair", 5, AtEnd: true)];
        var meeting = Meeting.Schedule(BoardId.New(), null, 1, "Panel meeting 1", Ten, TimeSpan.FromHours(1), "", "");
        meeting.AddStandingItems(template);

        meeting.AddAgendaItem("Evidence review", AgendaPurpose.ForDiscussion, "", 30, template: template);

        Assert.Equal(["Welcome", "Evidence review", "Close and date of next meeting"], meeting.AgendaItems.Select(i => i.Title));
    }

    [Fact]
    public void AnAgendaWithoutClosingItems_TakesNewItemsAtTheEnd()
    {
        var meeting = Meeting.Schedule(BoardId.New(), null, 1, "Panel meeting 1", Ten, TimeSpan.FromHours(1), "", "");
        meeting.AddAgendaItem("Welcome", AgendaPurpose.ForInformation, "Chair", 5, isStanding: true);

        meeting.AddAgendaItem("Evidence review", AgendaPurpose.ForDiscussion, "", 30);

        Assert.Equal(["Welcome", "Evidence review"], meeting.AgendaItems.Select(i => i.Title));
    }

    [Fact]
    public void AnItemCarriedForward_GoesBeforeAnyOtherBusinessOfTheNextAgenda()
    {
        var series = MeetingSeriesId.New();
        var held = MeetingWithStandingItems(series);
        var item = held.AddAgendaItem("Registry specification", AgendaPurpose.ForDecision, "Daniel Price", 25);
        var next = MeetingWithStandingItems(series, Ten.AddDays(42));
        next.AddAgendaItem("Wales action plan", AgendaPurpose.ForDiscussion, "Rhys Evans", 20);

        next.CarryForward(held, item.Id);

        Assert.Equal(["Wales action plan", "Registry specification", "Any other business"], next.AgendaItems.Select(i => i.Title).TakeLast(3));
    }
}
