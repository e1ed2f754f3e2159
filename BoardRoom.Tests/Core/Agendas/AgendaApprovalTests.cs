using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Agendas;

public sealed class AgendaApprovalTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly Board _board = Board.Create("Framework Board", "framework", "");
    private readonly Membership _permanent;
    private readonly Membership _rotating;
    private readonly Membership _member;
    private readonly Meeting _meeting;

    public AgendaApprovalTests()
    {
        _permanent = _board.AddMember(PersonId.New(), BoardRole.CoChair, null, "", "", new DateOnly(2026, 1, 1));
        _board.AppointPermanentCoChair(_permanent.Id);
        _rotating = _board.AddMember(PersonId.New(), BoardRole.CoChair, Nation.Wales, "", "", new DateOnly(2026, 1, 1));
        _member = _board.AddMember(PersonId.New(), BoardRole.Member, null, "", "", new DateOnly(2026, 1, 1));
        _meeting = Meeting.Schedule(_board.Id, null, 1, "Meeting 1", Nine.AddDays(14), TimeSpan.FromHours(2), "", "");
        _meeting.AssignRotatingCoChair(_rotating.Id);
        _meeting.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "", 20);
    }

    [Fact]
    public void ByDefault_OneCoChairsApproval_ApprovesTheAgenda_AndRecordsWhoAndWhen()
    {
        _meeting.ApproveAgenda(_board, _rotating.PersonId, Nine);

        Assert.Equal(AgendaStatus.Approved, _meeting.AgendaStatus);
        Assert.Equal([new AgendaApproval(_rotating.PersonId, Nine)], _meeting.AgendaApprovals);
    }

    [Fact]
    public void WhereTheBoardNeedsBoth_TheAgendaIsApprovedOnlyOnceBothCoChairsHave()
    {
        _board.SetAgendaApprovalRule(true);

        _meeting.ApproveAgenda(_board, _permanent.PersonId, Nine);
        Assert.Equal(AgendaStatus.Draft, _meeting.AgendaStatus);
        Assert.Throws<DomainRuleException>(() => _meeting.ApproveAgenda(_board, _permanent.PersonId, Nine.AddMinutes(1)));
        _meeting.ApproveAgenda(_board, _rotating.PersonId, Nine.AddHours(1));

        Assert.Equal(AgendaStatus.Approved, _meeting.AgendaStatus);
        Assert.Equal([_permanent.PersonId, _rotating.PersonId], _meeting.AgendaApprovals.Select(a => a.PersonId));
    }

    [Fact]
    public void OnlyTheMeetingsCoChairs_Approve()
    {
        var other = _board.AddMember(PersonId.New(), BoardRole.CoChair, Nation.Scotland, "", "", new DateOnly(2026, 1, 1));

        Assert.Throws<DomainRuleException>(() => _meeting.ApproveAgenda(_board, _member.PersonId, Nine));
        Assert.Throws<DomainRuleException>(() => _meeting.ApproveAgenda(_board, other.PersonId, Nine));
        Assert.Empty(_meeting.AgendaApprovals);
    }

    [Fact]
    public void AnEditOrAReopening_WithdrawsTheApprovalsGiven()
    {
        _board.SetAgendaApprovalRule(true);
        _meeting.ApproveAgenda(_board, _permanent.PersonId, Nine);

        _meeting.AddAgendaItem("Late item", AgendaPurpose.ForInformation, "", 5);
        Assert.Empty(_meeting.AgendaApprovals);

        _meeting.ApproveAgenda(_board, _permanent.PersonId, Nine);
        _meeting.ApproveAgenda(_board, _rotating.PersonId, Nine);
        _meeting.ReopenAgenda();
        Assert.Empty(_meeting.AgendaApprovals);
        Assert.Equal(AgendaStatus.Draft, _meeting.AgendaStatus);
    }
}
