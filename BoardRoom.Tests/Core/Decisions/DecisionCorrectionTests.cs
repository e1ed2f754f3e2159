using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Decisions;

public sealed class DecisionCorrectionTests
{
    private static readonly DateTimeOffset Ten = new(2026, 7, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonId Secretary = PersonId.New();
    private static readonly Board Board = BoardRoom.Core.Boards.Board.Create("Board", "board", "");
    private static readonly Meeting Meeting7 = Meeting.Schedule(Board.Id, null, 7, "Meeting 7", Ten, TimeSpan.FromHours(2), "", "");
    private static readonly AgendaItemId Item = Meeting7.AddAgendaItem("Funding", AgendaPurpose.ForDecision, "", 20).Id;

    private static Decision Record(int sequence, string text = "Extend the pilots to all four nations.") =>
        Decision.Record(Board, Meeting7, Item, sequence, text, DecisionMethod.Consensus, 0, 0, 0, PersonId.New(), Ten);

    [Fact]
    public void CorrectingTheWording_NeedsAReason_KeepsTheOldWordingInTheHistory_AndMarksItCorrected()
    {
        var decision = Record(7);
        Assert.Throws<DomainRuleException>(() => decision.CorrectWording("Extend the pilots to all four UK nations.", " ", Secretary, Ten));
        Assert.False(decision.IsCorrected);

        decision.CorrectWording("Extend the pilots to all four UK nations.", "Typo", Secretary, Ten.AddDays(1));

        Assert.True(decision.IsCorrected);
        Assert.Equal("Extend the pilots to all four UK nations.", decision.Text);
        var change = Assert.Single(decision.Changes);
        Assert.Equal((DecisionChangeKind.Wording, "Extend the pilots to all four nations.", "Extend the pilots to all four UK nations.", "Typo", Secretary),
            (change.Kind, change.From, change.To, change.Reason, change.By));
        Assert.Equal("D-2026-07", decision.Reference);
    }

    [Fact]
    public void ADecisionIsSupersededOnlyByALaterDecisionOfItsBoard_AndKeepsItsNumber()
    {
        var earlier = Record(7);
        var later = Record(9, "Extend the pilots to all four nations and the Crown Dependencies.");
        var otherBoardItself = BoardRoom.Core.Boards.Board.Create("Other board", "other", "");
        var elsewhere = Meeting.Schedule(otherBoardItself.Id, null, 1, "Meeting 1", Ten, TimeSpan.FromHours(1), "", "");
        var otherItem = elsewhere.AddAgendaItem("Funding", AgendaPurpose.ForDecision, "", 5).Id;
        var otherBoard = Decision.Record(otherBoardItself, elsewhere, otherItem, 10, "Other", DecisionMethod.Consensus, 0, 0, 0, PersonId.New(), Ten);

        Assert.Throws<DomainRuleException>(() => later.SupersedeBy(earlier, "wrong way", Secretary, Ten));
        Assert.Throws<DomainRuleException>(() => earlier.SupersedeBy(otherBoard, "other board", Secretary, Ten));
        earlier.SupersedeBy(later, "Scope widened", Secretary, Ten);

        Assert.Equal(DecisionStatus.Superseded, earlier.Status);
        Assert.Equal(later.Id, earlier.SupersededById);
        Assert.Equal("D-2026-07", earlier.Reference);
        Assert.Equal("Superseded by D-2026-09", earlier.Changes.Single().To);
    }

    [Fact]
    public void ARescindedDecision_CannotBeCorrectedOrSupersededAgain()
    {
        var decision = Record(7);
        Assert.Throws<DomainRuleException>(() => decision.Rescind("", Secretary, Ten));

        decision.Rescind("Funding withdrawn", Secretary, Ten);

        Assert.Equal(DecisionStatus.Rescinded, decision.Status);
        Assert.Throws<DomainRuleException>(() => decision.CorrectWording("New words", "why", Secretary, Ten));
        Assert.Throws<DomainRuleException>(() => decision.SupersedeBy(Record(8), "why", Secretary, Ten));
        Assert.Single(decision.Changes);
    }
}
