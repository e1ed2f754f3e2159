using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes;
using BoardRoom.Core.Minutes.Comments;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Minutes.Comments;

public sealed class CommentThreadTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly WorkflowActor Aisha = new(PersonId.New(), "Aisha Rahman");
    private static readonly WorkflowActor Helen = new(PersonId.New(), "Helen Marsh");

    private static MinutesSection Section()
    {
        var meeting = Meeting.Schedule(BoardId.New(), null, 1, "Delivery group 1", Ten, TimeSpan.FromHours(2), "", "");
        return MinutesSection.For(meeting, meeting.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "", 10));
    }

    [Fact]
    public void OpeningAThread_RecordsTheQuoteAndTheFirstMessage()
    {
        var thread = CommentThread.Open(Section(), new TextAnchor(3, 9), 12, "agreed", Aisha, "Say by whom?", Ten);

        Assert.Equal((3, 9, 12L), (thread.AnchorStart, thread.AnchorEnd, thread.AnchorRevision));
        Assert.Equal("agreed", thread.Quote);
        var first = Assert.Single(thread.Replies);
        Assert.Equal(("Aisha Rahman", "Say by whom?"), (first.AuthorName, first.Text));
        Assert.False(thread.IsResolved);
    }

    [Fact]
    public void AThreadIsResolved_Reopened_AndAReplyToAResolvedThreadReopensIt()
    {
        var section = Section();
        var thread = CommentThread.Open(section, new TextAnchor(0, 4), 1, "Budg", Aisha, "Typo?", Ten);

        thread.Resolve(section, Helen, Ten.AddMinutes(1));
        Assert.True(thread.IsResolved);
        Assert.Equal("Helen Marsh", thread.ResolvedByName);
        Assert.Throws<DomainRuleException>(() => thread.Resolve(section, Aisha, Ten.AddMinutes(2)));

        thread.Reopen(section);
        Assert.False(thread.IsResolved);
        Assert.Throws<DomainRuleException>(() => thread.Reopen(section));

        thread.Resolve(section, Helen, Ten.AddMinutes(3));
        thread.Reply(section, Aisha, "Not quite: the figure is wrong too.", Ten.AddMinutes(4));
        Assert.False(thread.IsResolved);
        Assert.Equal(["Typo?", "Not quite: the figure is wrong too."], thread.Replies.Select(r => r.Text));
    }

    [Fact]
    public void ALockedSection_TakesNoComments()
    {
        var section = Section();
        var thread = CommentThread.Open(section, new TextAnchor(0, 4), 1, "Budg", Aisha, "Typo?", Ten);
        section.Lock("approved", Ten);

        Assert.Throws<DomainRuleException>(() => CommentThread.Open(section, new TextAnchor(0, 4), 1, "Budg", Aisha, "More", Ten));
        Assert.Throws<DomainRuleException>(() => thread.Reply(section, Helen, "Agreed", Ten));
        Assert.Throws<DomainRuleException>(() => thread.Resolve(section, Helen, Ten));
    }

    [Fact]
    public void AnEmptyComment_OrAnEmptyRange_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => CommentThread.Open(Section(), new TextAnchor(0, 4), 1, "Budg", Aisha, "  ", Ten));
        Assert.Throws<DomainRuleException>(() => CommentThread.Open(Section(), new TextAnchor(4, 4), 1, "", Aisha, "Hm", Ten));
    }

    [Fact]
    public void AThreadOfAnotherSection_IsNotChangedThroughThisOne()
    {
        var thread = CommentThread.Open(Section(), new TextAnchor(0, 4), 1, "Budg", Aisha, "Typo?", Ten);

        Assert.Throws<DomainRuleException>(() => thread.Resolve(Section(), Helen, Ten));
    }
}
