using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class QuorumTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly Board _board = Board.Create("Framework Board", "framework", "");
    private readonly Meeting _meeting;
    private readonly Membership _coChair;
    private readonly List<Membership> _members = [];
    private readonly Membership _observer;
    private readonly Membership _secretary;
    private readonly AgendaItem _item;

    public QuorumTests()
    {
        _board.SetQuorumRule(new QuorumRule(3, requiresCoChair: true));
        _coChair = _board.AddMember(PersonId.New(), BoardRole.CoChair, null, "", "", new DateOnly(2026, 1, 1));
        for (var i = 0; i < 4; i++)
        {
            _members.Add(_board.AddMember(PersonId.New(), BoardRole.Member, null, "", "", new DateOnly(2026, 1, 1)));
        }
        _observer = _board.AddMember(PersonId.New(), BoardRole.Observer, null, "", "", new DateOnly(2026, 1, 1));
        _secretary = _board.AddMember(PersonId.New(), BoardRole.Secretariat, null, "", "", new DateOnly(2026, 1, 1));
        _meeting = Meeting.Schedule(_board.Id, null, 1, "Meeting 1", Ten, TimeSpan.FromHours(2), "", "");
        _item = _meeting.AddAgendaItem("Funding decision", AgendaPurpose.ForDecision, "", 20);
        _meeting.Start(Ten);
    }

    private QuorumStatus Now(DateTimeOffset? at = null) => Quorum.Evaluate(_board.QuorumRule, _board.Members, _meeting, _item.Id, at ?? Ten.AddMinutes(30));

    [Fact]
    public void EnoughMembersIncludingACoChair_IsQuorate()
    {
        _meeting.RecordAttendance(_coChair.PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_members[0].PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_members[1].PersonId, AttendanceStatus.Present, Ten);

        var status = Now();

        Assert.True(status.IsQuorate);
        Assert.Equal(3, status.Counted);
    }

    [Fact]
    public void WithoutACoChair_ItIsNotQuorate_AndTheIndicatorSaysWhy()
    {
        foreach (var m in _members)
        {
            _meeting.RecordAttendance(m.PersonId, AttendanceStatus.Present, Ten);
        }

        var status = Now();

        Assert.False(status.IsQuorate);
        Assert.Contains("no co-chair present", status.Explanation);
    }

    [Fact]
    public void ObserversSecretariatAndGuests_DoNotCount()
    {
        _meeting.RecordAttendance(_coChair.PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_observer.PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_secretary.PersonId, AttendanceStatus.Present, Ten);
        _meeting.AddGuest("Dr Visitor", "University", Ten);

        Assert.Equal(1, Now().Counted);
    }

    [Fact]
    public void AMemberWhoDeclaresAndWithdraws_DoesNotCountForThatItem()
    {
        _meeting.RecordAttendance(_coChair.PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_members[0].PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_members[1].PersonId, AttendanceStatus.Present, Ten);
        Assert.True(Now().IsQuorate);

        _meeting.DeclareInterest(_item.Id, _members[1].PersonId, "Employed by a bidder", withdraws: true, Ten.AddMinutes(20));

        var status = Now();
        Assert.False(status.IsQuorate);
        Assert.Equal(2, status.Counted);
        Assert.Contains("1 withdrawn from this item for an interest", status.Explanation);
        Assert.True(Quorum.Evaluate(_board.QuorumRule, _board.Members, _meeting, null, Ten.AddMinutes(30)).IsQuorate);
    }

    [Fact]
    public void ADeclarationWithoutWithdrawing_StillCounts()
    {
        _meeting.RecordAttendance(_coChair.PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_members[0].PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_members[1].PersonId, AttendanceStatus.Present, Ten);

        _meeting.DeclareInterest(_item.Id, _members[1].PersonId, "A relative works in the team", withdraws: false, Ten.AddMinutes(20));

        Assert.True(Now().IsQuorate);
    }

    [Fact]
    public void LateArrivalsAndEarlyDepartures_CountOnlyWhileInTheRoom()
    {
        _meeting.RecordAttendance(_coChair.PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_members[0].PersonId, AttendanceStatus.Present, Ten);
        var late = _meeting.RecordAttendance(_members[1].PersonId, AttendanceStatus.Present, Ten.AddMinutes(40));
        var leaver = _meeting.Attendance.Single(a => a.PersonId == _members[0].PersonId);
        _meeting.RecordDeparture(leaver.Id, Ten.AddMinutes(90));

        Assert.False(Now(Ten.AddMinutes(30)).IsQuorate);
        Assert.True(Now(Ten.AddMinutes(45)).IsQuorate);
        Assert.False(Now(Ten.AddMinutes(95)).IsQuorate);
        Assert.Equal(Ten.AddMinutes(40), late.ArrivedAt);
    }

    [Fact]
    public void ApologiesDoNotCount()
    {
        _meeting.RecordAttendance(_coChair.PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_members[0].PersonId, AttendanceStatus.Present, Ten);
        _meeting.RecordAttendance(_members[1].PersonId, AttendanceStatus.Apologies, Ten);

        Assert.Equal(2, Now().Counted);
    }
}
