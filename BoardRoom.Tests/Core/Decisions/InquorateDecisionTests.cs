using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Decisions;

public sealed class InquorateDecisionTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly Board _board = Board.Create("Framework Board", "framework", "");
    private readonly Meeting _meeting;
    private readonly AgendaItem _item;
    private readonly List<Membership> _voting = [];

    public InquorateDecisionTests()
    {
        _board.SetQuorumRule(new QuorumRule(3, requiresCoChair: false));
        for (var i = 0; i < 4; i++)
        {
            _voting.Add(_board.AddMember(PersonId.New(), BoardRole.Member, null, "", "", new DateOnly(2026, 1, 1)));
        }
        _meeting = Meeting.Schedule(_board.Id, null, 1, "Meeting 1", Ten, TimeSpan.FromHours(2), "", "");
        _item = _meeting.AddAgendaItem("Funding decision", AgendaPurpose.ForDecision, "", 20);
    }

    private Decision Record(DateTimeOffset at) =>
        Decision.Record(_board, _meeting, _item.Id, 1, "Fund the pilot.", DecisionMethod.Consensus, 0, 0, 0, PersonId.New(), at);

    private void Present(int count)
    {
        foreach (var m in _voting.Take(count))
        {
            _meeting.RecordAttendance(m.PersonId, AttendanceStatus.Present, Ten);
        }
    }

    [Fact]
    public void ADecisionWhileTheMeetingIsNotQuorate_IsRefused_SayingWhy()
    {
        _meeting.Start(Ten);
        Present(2);

        var error = Assert.Throws<DomainRuleException>(() => Record(Ten.AddMinutes(5)));

        Assert.StartsWith("Not quorate: 2 counted, 3 needed. No decision can be recorded", error.Message);
    }

    [Fact]
    public void WhereTheBoardAllowsIt_AnInquorateDecision_IsRecordedToBeRatified()
    {
        _board.SetInquorateDecisionRule(true);
        _meeting.Start(Ten);
        Present(2);

        var decision = Record(Ten.AddMinutes(5));

        Assert.True(decision.TakenInquorate);
        Assert.Equal("By consensus; taken inquorate, to be ratified", decision.HowDecided);
    }

    [Fact]
    public void AQuorateDecision_IsRecordedPlainly_WhateverTheRule()
    {
        _board.SetInquorateDecisionRule(true);
        _meeting.Start(Ten);
        Present(3);

        var decision = Record(Ten.AddMinutes(5));

        Assert.False(decision.TakenInquorate);
        Assert.Equal("By consensus", decision.HowDecided);
    }

    [Fact]
    public void AMemberWithdrawnFromTheCurrentItem_DoesNotCount()
    {
        _meeting.Start(Ten);
        Present(3);
        _meeting.DeclareInterest(_item.Id, _voting[0].PersonId, "Trustee of the applicant", withdraws: true, Ten.AddMinutes(1));

        Assert.Throws<DomainRuleException>(() => Record(Ten.AddMinutes(5)));
    }

    [Fact]
    public void DecisionsCapturedBeforeOrAfterTheLiveMeeting_AreNotChecked()
    {
        var before = Record(Ten.AddDays(-1));
        _meeting.Start(Ten);
        _meeting.Close(Ten.AddHours(1), NotReachedChoice.RecordAsDeferred);
        var after = Record(Ten.AddHours(2));

        Assert.False(before.TakenInquorate);
        Assert.False(after.TakenInquorate);
    }

    [Fact]
    public void AnotherBoardsMeeting_IsRefused()
    {
        var other = Board.Create("Other", "other", "");

        Assert.Throws<DomainRuleException>(() =>
            Decision.Record(other, _meeting, _item.Id, 1, "Fund the pilot.", DecisionMethod.Consensus, 0, 0, 0, PersonId.New(), Ten));
    }
}
