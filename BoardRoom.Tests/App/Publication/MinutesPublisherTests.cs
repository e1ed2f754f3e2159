using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Common;
using BoardRoom.Core.Minutes.Records;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Publication;

public sealed class MinutesPublisherTests : PublicationTestBase
{
    private const string Secretariat = "priya.raman@rdfb.example";
    private const string PermanentCoChair = "helen.marsh@rdfb.example";
    private const string Member = "aisha.rahman@rdfb.example";

    /// <summary>Takes the published demo minutes back to approved: a correction, circulated and approved.</summary>
    private async Task CorrectionApprovedAsync()
    {
        var priya = await Person(Secretariat);
        await Publisher.StartCorrectionAsync(PastMeeting, priya, "Tom Whitaker's arrival time was wrong");
        await Publisher.CirculateAsync(PastMeeting, priya);
        await Publisher.ApproveAsync(PastMeeting, priya);
    }

    private async Task<string> FullHashAsync() => (await Publisher.ViewAsync(PastMeeting, await Person(PermanentCoChair))).Value!.FullSha256!;

    [Fact]
    public async Task AMember_CannotSign_TheServerRefuses_AndNothingIsRecorded()
    {
        await CorrectionApprovedAsync();
        var hash = await FullHashAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(async () => await Publisher.SignAsync(PastMeeting, await Person(Member), hash));

        Assert.Contains("co-chairs of this meeting", error.Message, StringComparison.Ordinal);
        var view = (await Publisher.ViewAsync(PastMeeting, await Person(Member))).Value!;
        Assert.All(view.CoChairs, c => Assert.Null(c.SignedAt));
        Assert.False(view.Steps.Sign);
    }

    [Fact]
    public async Task OnlyTheMeetingsCoChairsCanSign_ACoChairOfAnotherMeetingCannot()
    {
        await CorrectionApprovedAsync();
        var hash = await FullHashAsync();
        var rotating = await RotatingCoChairEmailAsync();
        var notThisMeeting = new[] { "oliver.bennett@rdfb.example", "fiona.macleod@rdfb.example", "rhys.evans@rdfb.example", "siobhan.doherty@rdfb.example" }
            .First(e => e != rotating);

        await Assert.ThrowsAsync<DomainRuleException>(async () => await Publisher.SignAsync(PastMeeting, await Person(notThisMeeting), hash));
        await Assert.ThrowsAsync<DomainRuleException>(async () => await Publisher.SignAsync(PastMeeting, await Person(Secretariat), hash));
        await Publisher.SignAsync(PastMeeting, await Person(PermanentCoChair), hash);
        await Publisher.SignAsync(PastMeeting, await Person(rotating), hash);

        var view = (await Publisher.ViewAsync(PastMeeting, await Person(Secretariat))).Value!;
        Assert.True(view.IsSignedOff);
        Assert.True(view.Steps.Publish);
    }

    [Fact]
    public async Task ApprovingLocksEverySection_SoTheHubRefusesEdits()
    {
        await CorrectionApprovedAsync();
        var access = await Sections.CheckAsync(await Person(Secretariat), await SectionAsync("Patient experience survey"));

        Assert.False(access.CanEdit);
        Assert.Contains("approved", access.ReadOnlyReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedRecordWhoseTextChanges_LosesItsSignOff_AndCannotBePublished()
    {
        await CorrectionApprovedAsync();
        var hash = await FullHashAsync();
        await Publisher.SignAsync(PastMeeting, await Person(PermanentCoChair), hash);
        await Publisher.SignAsync(PastMeeting, await Person(await RotatingCoChairEmailAsync()), hash);

        await AppendToSectionAsync(await SectionAsync("Patient experience survey"), "\nA sentence added after signing.");

        var view = (await Publisher.ViewAsync(PastMeeting, await Person(Secretariat))).Value!;
        Assert.NotEqual(hash, view.FullSha256);
        Assert.False(view.IsSignedOff);
        Assert.All(view.CoChairs, c => Assert.False(c.Valid));
        Assert.False(view.Steps.Publish);
        var error = await Assert.ThrowsAsync<DomainRuleException>(async () => await Publisher.PublishAsync(PastMeeting, await Person(Secretariat), "Corrected the arrival time."));
        Assert.Contains("changed after they were signed", error.Message, StringComparison.Ordinal);
        // A co-chair signing what they saw before the change is refused too.
        await Assert.ThrowsAsync<DomainRuleException>(async () => await Publisher.SignAsync(PastMeeting, await Person(PermanentCoChair), hash));
    }

    [Fact]
    public async Task PublishedVersionsNeverChange_ACorrectionPublishesVersion2_AndVersion1StaysReadable()
    {
        var number = (await Forum.BoardAsync("uk-rare-diseases"))!.Minutes.Single().MeetingNumber;
        var firstPdf = (await Forum.PdfAsync("uk-rare-diseases", number, 1))!;
        var firstPage = (await Forum.MinutesAsync("uk-rare-diseases", number, 1))!;
        var priya = await Person(Secretariat);
        await Publisher.StartCorrectionAsync(PastMeeting, priya, "The closing time was wrong");
        Assert.True((await Sections.CheckAsync(priya, await SectionAsync("Any other business"))).CanEdit);
        await AppendToSectionAsync(await SectionAsync("Any other business"), "\nCorrection: the meeting closed at 11:50.");
        await Publisher.CirculateAsync(PastMeeting, priya);
        await Publisher.ApproveAsync(PastMeeting, await Person(PermanentCoChair));
        var hash = await FullHashAsync();
        await Publisher.SignAsync(PastMeeting, await Person(PermanentCoChair), hash);
        await Publisher.SignAsync(PastMeeting, await Person(await RotatingCoChairEmailAsync()), hash);

        await Assert.ThrowsAsync<DomainRuleException>(async () => await Publisher.PublishAsync(PastMeeting, await Person(Secretariat), ""));
        var version = await Publisher.PublishAsync(PastMeeting, await Person(Secretariat), "Corrected the closing time.");

        Assert.Equal(2, version);
        Assert.Equal(firstPdf, await Forum.PdfAsync("uk-rare-diseases", number, 1));
        var first = (await Forum.MinutesAsync("uk-rare-diseases", number, 1))!;
        Assert.Equal(firstPage.Html, first.Html);
        Assert.False(first.IsLatest);
        var latest = (await Forum.MinutesAsync("uk-rare-diseases", number, null))!;
        Assert.Equal(2, latest.Version);
        Assert.Equal("Corrected the closing time.", latest.CorrectionNote);
        Assert.Contains("closed at 11:50", latest.Html, StringComparison.Ordinal);
        Assert.NotEqual(first.PublicSha256, latest.PublicSha256);
        await using var db = Database.Open();
        Assert.Equal(2, await db.MinutesPublications.CountAsync(p => p.MeetingId == PastMeeting));
    }

    [Fact]
    public async Task AnObserver_SeesOnlyThePublicVersion_AndCannotDownloadTheFullPdf()
    {
        var anna = await Person("anna.schmidt@rdfb.example");

        var view = (await Publisher.ViewAsync(PastMeeting, anna)).Value!;

        Assert.Null(view.FullPreviewHtml);
        Assert.Null(view.FullSha256);
        Assert.DoesNotContain(ReservedWord, view.PublicPreviewHtml, StringComparison.Ordinal);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Publisher.PublishedPdfAsync(PastMeeting, anna, 1, RecordVersion.Full));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Publisher.RenderCurrentPdfAsync(PastMeeting, anna, RecordVersion.Full));
    }

    [Fact]
    public async Task ReviewComments_WhichDiscussTheFullDraft_AreNotShownToObservers()
    {
        var priya = await Person(Secretariat);
        await Publisher.StartCorrectionAsync(PastMeeting, priya, "A comment on the reserved item");
        await Publisher.CirculateAsync(PastMeeting, priya);
        await Publisher.CommentAsync(PastMeeting, await Person(Member), $"The {ReservedWord} figures in the reserved item need checking.");

        var member = (await Publisher.ViewAsync(PastMeeting, await Person(Member))).Value!;
        var observer = (await Publisher.ViewAsync(PastMeeting, await Person("anna.schmidt@rdfb.example"))).Value!;

        Assert.Contains(member.Comments, c => c.Text.Contains(ReservedWord, StringComparison.Ordinal));
        Assert.Empty(observer.Comments);
    }

    [Fact]
    public async Task SomeoneFromAnotherBoard_IsRefusedTheMinutes()
    {
        var laura = await Person("laura.finch@nsap.example");

        var access = await Publisher.ViewAsync(PastMeeting, laura);

        Assert.False(access.IsAllowed);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Publisher.PublishedPdfAsync(PastMeeting, laura, 1, RecordVersion.Public));
    }

    [Fact]
    public async Task TwoPeopleTakingTheSameStepAtOnce_OnlyOneStepIsRecorded()
    {
        var priya = await Person(Secretariat);
        await Publisher.StartCorrectionAsync(PastMeeting, priya, "A name was misspelt");
        var ben = await Person("ben.carter@rdfb.example");

        var attempts = new[] { Publisher.CirculateAsync(PastMeeting, priya), Publisher.CirculateAsync(PastMeeting, ben) };
        var outcomes = await Task.WhenAll(attempts.Select(async t =>
        {
            try
            {
                await t;
                return true;
            }
            catch (DomainRuleException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(ok => ok));
        var view = (await Publisher.ViewAsync(PastMeeting, priya)).Value!;
        Assert.Equal(MinutesStage.InReview, view.Stage);
        // One circulation for version 1 (the demo), one for this correction.
        Assert.Equal(2, view.History.Count(h => h.What.StartsWith("Circulated", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InReview_MembersComment_ButAnObserverCannot()
    {
        var priya = await Person(Secretariat);
        await Publisher.StartCorrectionAsync(PastMeeting, priya, "Apologies were incomplete");
        await Assert.ThrowsAsync<DomainRuleException>(async () => await Publisher.CommentAsync(PastMeeting, await Person(Member), "Too early"));
        await Publisher.CirculateAsync(PastMeeting, priya);

        await Publisher.CommentAsync(PastMeeting, await Person(Member), "Please add Ruth Adeyemi's apologies to item 1.");
        await Assert.ThrowsAsync<DomainRuleException>(async () => await Publisher.CommentAsync(PastMeeting, await Person("anna.schmidt@rdfb.example"), "Observer view"));

        var view = (await Publisher.ViewAsync(PastMeeting, priya)).Value!;
        var comment = Assert.Single(view.Comments);
        Assert.Equal("Aisha Rahman", comment.AuthorName);
        Assert.True(view.Steps.Approve);
    }
}
