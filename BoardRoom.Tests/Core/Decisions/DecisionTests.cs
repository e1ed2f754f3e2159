using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Decisions;

public sealed class DecisionTests
{
    private static readonly DateTimeOffset Ten = new(2026, 7, 14, 9, 0, 0, TimeSpan.Zero);

    private static readonly Board Board = BoardRoom.Core.Boards.Board.Create("Framework Board", "framework", "");

    private static (Meeting Meeting, AgendaItemId Item) Meeting()
    {
        var meeting = BoardRoom.Core.Meetings.Meeting.Schedule(Board.Id, null, 7, "Meeting 7", Ten, TimeSpan.FromHours(2), "", "");
        return (meeting, meeting.AddAgendaItem("Funding", AgendaPurpose.ForDecision, "", 20).Id);
    }

    [Fact]
    public void ADecisionIsNumberedPerBoardAndYear()
    {
        var (meeting, item) = Meeting();

        var decision = Decision.Record(Board, meeting, item, 7, "Extend the pilots to all four nations.", DecisionMethod.Consensus, 0, 0, 0, PersonId.New(), Ten);

        Assert.Equal("D-2026-07", decision.Reference);
        Assert.Equal("By consensus", decision.HowDecided);
    }

    [Fact]
    public void AVote_RecordsForAgainstAndAbstentions()
    {
        var (meeting, item) = Meeting();

        var decision = Decision.Record(Board, meeting, item, 1, "Approve the data set.", DecisionMethod.Vote, 9, 2, 1, PersonId.New(), Ten);

        Assert.Equal("By vote: 9 for, 2 against, 1 abstaining", decision.HowDecided);
    }

    [Theory]
    [InlineData(DecisionMethod.Vote, 0, 0, 0)]
    [InlineData(DecisionMethod.Vote, -1, 3, 0)]
    [InlineData(DecisionMethod.Consensus, 3, 0, 0)]
    public void InconsistentVotes_AreRefused(DecisionMethod method, int votesFor, int against, int abstain)
    {
        var (meeting, item) = Meeting();

        Assert.Throws<DomainRuleException>(() => Decision.Record(Board, meeting, item, 1, "Text", method, votesFor, against, abstain, PersonId.New(), Ten));
    }

    [Fact]
    public void ADecisionNeedsTextAndAnItemOfThatMeeting()
    {
        var (meeting, item) = Meeting();
        var (_, otherItem) = Meeting();

        Assert.Throws<DomainRuleException>(() => Decision.Record(Board, meeting, item, 1, "  ", DecisionMethod.Consensus, 0, 0, 0, PersonId.New(), Ten));
        Assert.Throws<DomainRuleException>(() => Decision.Record(Board, meeting, otherItem, 1, "Text", DecisionMethod.Consensus, 0, 0, 0, PersonId.New(), Ten));
    }
}
