using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Boards;

public sealed class QuorumChangeTests
{
    private static readonly DateOnly Joined = new(2026, 1, 5);

    /// <summary>Two co-chairs and two members vote; the observer and the secretariat do not.</summary>
    private static Board FourVoting()
    {
        var board = Board.Create("Framework Board", "framework", "");
        board.AddMember(PersonId.New(), BoardRole.CoChair, null, "", "", Joined);
        board.AddMember(PersonId.New(), BoardRole.CoChair, Nation.Wales, "", "", Joined);
        board.AddMember(PersonId.New(), BoardRole.Member, null, "", "", Joined);
        board.AddMember(PersonId.New(), BoardRole.Member, null, "", "", Joined);
        board.AddMember(PersonId.New(), BoardRole.Observer, null, "", "", Joined);
        board.AddMember(PersonId.New(), BoardRole.Secretariat, null, "", "", Joined);
        return board;
    }

    [Fact]
    public void AQuorumOfEveryVotingMember_IsAccepted()
    {
        var board = FourVoting();

        board.ChangeQuorumRule(new QuorumRule(4, requiresCoChair: false));

        Assert.Equal((4, false), (board.QuorumRule.MinimumMembers, board.QuorumRule.RequiresCoChair));
    }

    [Fact]
    public void AQuorumAboveTheVotingMembers_IsRefused_AndTheRuleIsUnchanged()
    {
        var board = FourVoting();
        board.ChangeQuorumRule(new QuorumRule(3, requiresCoChair: true));

        var error = Assert.Throws<DomainRuleException>(() => board.ChangeQuorumRule(new QuorumRule(5, requiresCoChair: false)));

        Assert.Contains("voting members", error.Message);
        Assert.Equal((3, true), (board.QuorumRule.MinimumMembers, board.QuorumRule.RequiresCoChair));
    }

    [Fact]
    public void AMemberWhoLeft_NoLongerCountsTowardsWhatTheQuorumMayBe()
    {
        var board = FourVoting();
        var leaving = board.Members.First(m => m.Role == BoardRole.Member);
        board.RemoveMember(leaving.Id, Joined.AddDays(30));

        Assert.Equal(3, board.VotingMemberCount);
        Assert.Throws<DomainRuleException>(() => board.ChangeQuorumRule(new QuorumRule(4, requiresCoChair: false)));
    }
}
