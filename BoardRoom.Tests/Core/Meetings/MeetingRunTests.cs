using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class MeetingRunTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static Meeting ThreeItems()
    {
        var meeting = Meeting.Schedule(BoardId.New(), null, 1, "Meeting 1", Ten, TimeSpan.FromHours(1), "", "");
        meeting.AddAgendaItem("Welcome", AgendaPurpose.ForInformation, "", 5);
        meeting.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "", 30);
        meeting.AddAgendaItem("AOB", AgendaPurpose.ForDiscussion, "", 10);
        return meeting;
    }

    [Fact]
    public void StartingTheMeeting_StartsTheClockOnTheFirstItem_AndNextMovesOn()
    {
        var meeting = ThreeItems();

        meeting.Start(Ten);
        meeting.NextItem(Ten.AddMinutes(6));

        Assert.Equal("Budget", meeting.AgendaItems.Single(i => i.Id == meeting.CurrentItemId).Title);
        Assert.Equal(TimeSpan.FromMinutes(4), meeting.TimeOnCurrentItem(Ten.AddMinutes(10)));
    }

    [Fact]
    public void AnItemPastItsAllottedTime_IsOverrun()
    {
        var meeting = ThreeItems();
        meeting.Start(Ten);

        Assert.False(meeting.IsCurrentItemOverrun(Ten.AddMinutes(5)));
        Assert.True(meeting.IsCurrentItemOverrun(Ten.AddMinutes(5).AddSeconds(1)));
    }

    [Fact]
    public void NextOnTheLastItem_IsRefused_AndClosingClearsTheCurrentItem()
    {
        var meeting = ThreeItems();
        meeting.Start(Ten);
        meeting.NextItem(Ten.AddMinutes(5));
        meeting.NextItem(Ten.AddMinutes(35));

        Assert.Throws<DomainRuleException>(() => meeting.NextItem(Ten.AddMinutes(40)));
        meeting.Close(Ten.AddMinutes(45), NotReachedChoice.RecordAsDeferred);
        Assert.Null(meeting.CurrentItemId);
        Assert.Throws<DomainRuleException>(() => meeting.RecordAttendance(PersonId.New(), AttendanceStatus.Present, Ten));
    }

    [Fact]
    public void MovingItemsWhileNotInProgress_IsRefused()
    {
        var meeting = ThreeItems();

        Assert.Throws<DomainRuleException>(() => meeting.NextItem(Ten));
        Assert.Null(meeting.CurrentItemId);
    }

    [Fact]
    public void AMemberDeclaresOncePerItem()
    {
        var meeting = ThreeItems();
        meeting.Start(Ten);
        var person = PersonId.New();
        var item = meeting.AgendaItems[1].Id;
        meeting.DeclareInterest(item, person, "Trustee of an applicant", true, Ten);

        Assert.Throws<DomainRuleException>(() => meeting.DeclareInterest(item, person, "Again", false, Ten));
        Assert.Throws<DomainRuleException>(() => meeting.DeclareInterest(meeting.AgendaItems[2].Id, person, "  ", false, Ten));
        Assert.Single(meeting.Declarations);
    }

    [Fact]
    public void OnlyTheMeetingsCoChairsAndTheSecretariat_MayRunIt()
    {
        var board = Board.Create("Board", "board", "");
        var permanent = board.AddMember(PersonId.New(), BoardRole.CoChair, null, "", "", new DateOnly(2026, 1, 1));
        board.AppointPermanentCoChair(permanent.Id);
        var wales = board.AddMember(PersonId.New(), BoardRole.CoChair, Nation.Wales, "", "", new DateOnly(2026, 1, 1));
        var scotland = board.AddMember(PersonId.New(), BoardRole.CoChair, Nation.Scotland, "", "", new DateOnly(2026, 1, 1));
        var member = board.AddMember(PersonId.New(), BoardRole.Member, null, "", "", new DateOnly(2026, 1, 1));
        var secretary = board.AddMember(PersonId.New(), BoardRole.Secretariat, null, "", "", new DateOnly(2026, 1, 1));
        var meeting = Meeting.Schedule(board.Id, null, 1, "M", Ten, TimeSpan.FromHours(1), "", "");
        meeting.AssignRotatingCoChair(wales.Id);

        Assert.True(board.MayRun(permanent.PersonId, meeting));
        Assert.True(board.MayRun(wales.PersonId, meeting));
        Assert.True(board.MayRun(secretary.PersonId, meeting));
        Assert.False(board.MayRun(scotland.PersonId, meeting));
        Assert.False(board.MayRun(member.PersonId, meeting));
        Assert.False(board.MayRun(PersonId.New(), meeting));
    }
}
