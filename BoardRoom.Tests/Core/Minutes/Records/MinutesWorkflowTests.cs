using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Minutes.Records;

public sealed class MinutesWorkflowTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);

    private readonly Board _board = Board.Create("UK Rare Diseases Framework Board", "uk-rare-diseases", "");
    private readonly WorkflowActor _chair = Actor("Helen Marsh");
    private readonly WorkflowActor _rotating = Actor("Rhys Evans");
    private readonly WorkflowActor _otherCoChair = Actor("Fiona MacLeod");
    private readonly WorkflowActor _member = Actor("Aisha Rahman");
    private readonly WorkflowActor _secretariat = Actor("Priya Raman");
    private readonly Meeting _meeting;

    public MinutesWorkflowTests()
    {
        var joined = new DateOnly(2025, 1, 1);
        var chair = _board.AddMember(_chair.PersonId, BoardRole.CoChair, null, "", "", joined);
        _board.AppointPermanentCoChair(chair.Id);
        var rotating = _board.AddMember(_rotating.PersonId, BoardRole.CoChair, Nation.Wales, "", "", joined);
        _board.AddMember(_otherCoChair.PersonId, BoardRole.CoChair, Nation.Scotland, "", "", joined);
        _board.AddMember(_member.PersonId, BoardRole.Member, null, "", "", joined);
        _board.AddMember(_secretariat.PersonId, BoardRole.Secretariat, null, "", "", joined);
        _meeting = Meeting.Schedule(_board.Id, null, 12, "Delivery Group meeting 12", At.AddDays(-8), TimeSpan.FromHours(2), "London", "");
        _meeting.AssignRotatingCoChair(rotating.Id);
        _meeting.AddAgendaItem("Survey", AgendaPurpose.ForDiscussion, "Aisha Rahman", 20);
        _meeting.Start(_meeting.StartsAt);
        _meeting.Close(_meeting.EndsAt, NotReachedChoice.RecordAsDeferred);
    }

    private static WorkflowActor Actor(string name) => new(PersonId.New(), name);

    private static PublishedFiles Files(string fullHash) => new(new string('c', 64), fullHash, "<h1>Minutes</h1>", new byte[] { 1, 2 }, new byte[] { 3 });

    private MinutesWorkflow Approved()
    {
        var workflow = MinutesWorkflow.Begin(_meeting);
        workflow.Circulate(_board, _meeting, _secretariat, At);
        workflow.Approve(_board, _meeting, _chair, At.AddHours(1));
        return workflow;
    }

    [Fact]
    public void TheMinutesGoFromDraftThroughReviewAndApproval_ToSignedAndPublished_EachStepRecorded()
    {
        var workflow = MinutesWorkflow.Begin(_meeting);
        workflow.Circulate(_board, _meeting, _secretariat, At);
        workflow.Comment(_board, _meeting, _member, "Item 1: add Tom's apologies.", At.AddMinutes(5));
        workflow.Approve(_board, _meeting, _chair, At.AddHours(1));
        workflow.Sign(_board, _meeting, _chair, HashA, At.AddHours(2));
        Assert.False(workflow.IsSignedOff(_board, _meeting, HashA));
        workflow.Sign(_board, _meeting, _rotating, HashA, At.AddHours(3));
        Assert.True(workflow.IsSignedOff(_board, _meeting, HashA));

        var publication = workflow.Publish(_board, _meeting, _secretariat, Files(HashA), "", At.AddHours(4));

        Assert.Equal(MinutesStage.Published, workflow.Stage);
        Assert.Equal(1, publication.Version);
        Assert.Single(workflow.Comments);
        Assert.Equal(["Priya Raman", "Helen Marsh", "Helen Marsh", "Rhys Evans", "Priya Raman"], workflow.History.Select(h => h.ByName));
        Assert.Equal("Rotating co-chair (Wales)", workflow.Signatures.Single(s => s.PersonId == _rotating.PersonId).Role);
    }

    [Fact]
    public void AMember_CannotSign()
    {
        var workflow = Approved();

        var error = Assert.Throws<DomainRuleException>(() => workflow.Sign(_board, _meeting, _member, HashA, At));

        Assert.Contains("co-chairs of this meeting", error.Message, StringComparison.Ordinal);
        Assert.Empty(workflow.Signatures);
    }

    [Fact]
    public void ACoChairWhoDidNotCoChairThisMeeting_CannotSign_NorCanTheSecretariat()
    {
        var workflow = Approved();

        Assert.Throws<DomainRuleException>(() => workflow.Sign(_board, _meeting, _otherCoChair, HashA, At));
        Assert.Throws<DomainRuleException>(() => workflow.Sign(_board, _meeting, _secretariat, HashA, At));
        Assert.Empty(workflow.Signatures);
    }

    [Fact]
    public void OnlyTheSecretariat_CirculatesAndPublishes_AndMembersCannotApprove()
    {
        var workflow = MinutesWorkflow.Begin(_meeting);
        Assert.Throws<DomainRuleException>(() => workflow.Circulate(_board, _meeting, _member, At));
        workflow.Circulate(_board, _meeting, _secretariat, At);
        Assert.Throws<DomainRuleException>(() => workflow.Approve(_board, _meeting, _member, At));
        workflow.Approve(_board, _meeting, _secretariat, At);
        workflow.Sign(_board, _meeting, _chair, HashA, At);
        workflow.Sign(_board, _meeting, _rotating, HashA, At);

        Assert.Throws<DomainRuleException>(() => workflow.Publish(_board, _meeting, _chair, Files(HashA), "", At));
        Assert.Empty(workflow.Publications);
    }

    [Fact]
    public void ASignedRecordWhoseTextChanges_LosesItsSignOff_AndCannotBePublished()
    {
        var workflow = Approved();
        workflow.Sign(_board, _meeting, _chair, HashA, At);
        workflow.Sign(_board, _meeting, _rotating, HashA, At);

        Assert.False(workflow.IsSignedOff(_board, _meeting, HashB));
        Assert.Equal(2, workflow.StaleSignatures(HashB).Count);
        var error = Assert.Throws<DomainRuleException>(() => workflow.Publish(_board, _meeting, _secretariat, Files(HashB), "", At));
        Assert.Contains("changed after they were signed", error.Message, StringComparison.Ordinal);

        workflow.Sign(_board, _meeting, _chair, HashB, At.AddMinutes(1));
        workflow.Sign(_board, _meeting, _rotating, HashB, At.AddMinutes(2));
        Assert.Equal(1, workflow.Publish(_board, _meeting, _secretariat, Files(HashB), "", At.AddMinutes(3)).Version);
    }

    [Fact]
    public void APublicationIsNeverChanged_ACorrectionPublishesVersion2WithANote()
    {
        var workflow = Approved();
        workflow.Sign(_board, _meeting, _chair, HashA, At);
        workflow.Sign(_board, _meeting, _rotating, HashA, At);
        var first = workflow.Publish(_board, _meeting, _secretariat, Files(HashA), "", At);

        workflow.StartCorrection(_board, _meeting, _secretariat, "Tom Whitaker sent apologies", At.AddDays(1));
        Assert.Empty(workflow.Signatures);
        workflow.Circulate(_board, _meeting, _secretariat, At.AddDays(1));
        workflow.Approve(_board, _meeting, _chair, At.AddDays(2));
        workflow.Sign(_board, _meeting, _chair, HashB, At.AddDays(2));
        workflow.Sign(_board, _meeting, _rotating, HashB, At.AddDays(2));
        Assert.Throws<DomainRuleException>(() => workflow.Publish(_board, _meeting, _secretariat, Files(HashB), "", At.AddDays(3)));
        var second = workflow.Publish(_board, _meeting, _secretariat, Files(HashB), "Added Tom Whitaker's apologies.", At.AddDays(3));

        Assert.Equal([1, 2], workflow.Publications.Select(p => p.Version));
        Assert.Equal(HashA, first.FullSha256);
        Assert.Equal(HashB, second.FullSha256);
        Assert.Equal("Added Tom Whitaker's apologies.", second.CorrectionNote);
        Assert.DoesNotContain(typeof(MinutesPublication).GetProperties(), p => p.SetMethod?.IsPublic == true);
        Assert.DoesNotContain(typeof(PublicationContent).GetProperties(), p => p.SetMethod?.IsPublic == true);
        Assert.Equal(new byte[] { 1, 2 }, first.Content.PublicPdf);
    }

    [Fact]
    public void CommentsAreTakenOnlyInReview_AndAStepOutOfOrderChangesNothing()
    {
        var workflow = MinutesWorkflow.Begin(_meeting);

        Assert.Throws<DomainRuleException>(() => workflow.Comment(_board, _meeting, _member, "Too early", At));
        Assert.Throws<DomainRuleException>(() => workflow.Approve(_board, _meeting, _chair, At));
        Assert.Throws<DomainRuleException>(() => workflow.Sign(_board, _meeting, _chair, HashA, At));
        Assert.Equal(MinutesStage.Draft, workflow.Stage);
        Assert.Empty(workflow.History);
    }

    [Fact]
    public void AMeetingStillScheduled_CannotHaveItsMinutesCirculated()
    {
        var upcoming = Meeting.Schedule(_board.Id, null, 13, "Delivery Group meeting 13", At.AddDays(30), TimeSpan.FromHours(2), "London", "");
        var workflow = MinutesWorkflow.Begin(upcoming);

        Assert.Throws<DomainRuleException>(() => workflow.Circulate(_board, upcoming, _secretariat, At));
    }
}
