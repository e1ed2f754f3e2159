using BoardRoom.App.Data;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Email;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using BoardRoom.Tests.App.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Email;

/// <summary>
/// Someone who chose one email a day: their messages wait for the next 07:00 and arrive as one digest listing each
/// with its link, while calendar updates still come at once; everyone else's come at once. Over the real services.
/// </summary>
public sealed class DailyDigestTests : IAsyncLifetime
{
    private const string PublicBase = "https://boards.example.org";
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateWithEmailAsync(PublicBase);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<List<OutboxMessage>> ToAsync(string email)
    {
        await using var db = _h.Open();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == email).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    [Fact]
    public void TheNextDigest_IsTheNext0700InLondon_InWinterAndSummer()
    {
        Assert.Equal(new DateTimeOffset(2027, 1, 12, 7, 0, 0, TimeSpan.Zero), DailyDigests.NextDigestAt(new DateTimeOffset(2027, 1, 11, 18, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2027, 1, 11, 7, 0, 0, TimeSpan.Zero), DailyDigests.NextDigestAt(new DateTimeOffset(2027, 1, 11, 6, 59, 0, TimeSpan.Zero)));
        // British Summer Time: 07:00 in London is 06:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 7, 7, 6, 0, 0, TimeSpan.Zero), DailyDigests.NextDigestAt(new DateTimeOffset(2027, 7, 6, 6, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task AMemberWhoChoseADailyDigest_GetsTheAgendaInIt_NextMorning_ButTheCalendarUpdateAtOnce()
    {
        var preferences = await _h.AsAsync<EmailPreferences>(PlanningHarness.Member);
        await preferences.SetDailyDigestAsync(true);
        Assert.True(await preferences.DailyDigestAsync());

        var meeting = await _h.NextMeetingAsync();
        await _h.ApproveAgendaAsync(meeting.Id);
        // The agenda email carries the calendar invitation, so it is not held either; a later email without one is.
        var register = await _h.AsAsync<BoardRoom.App.Features.Publication.MinutesPublisher>(PlanningHarness.Secretariat);
        await using (var db = _h.Open())
        {
            var past = await db.Meetings.AsNoTracking().SingleAsync(m => m.Status == MeetingStatus.Closed);
            var priya = await _h.Database.PersonIdAsync(PlanningHarness.Secretariat);
            await register.StartCorrectionAsync(past.Id, priya, "A name was misspelt");
            await register.CirculateAsync(past.Id, priya);
        }

        var mine = await ToAsync(PlanningHarness.Member);
        var agenda = Assert.Single(mine, m => m.Kind == EmailKind.AgendaIssued);
        Assert.Equal(DeliveryStatus.Queued, agenda.Status);
        var review = Assert.Single(mine, m => m.Kind == EmailKind.MinutesForReview);
        Assert.Equal(DeliveryStatus.Held, review.Status);
        Assert.Equal(DailyDigests.NextDigestAt(_h.Clock.GetUtcNow()), review.NextAttemptAt);
        // Everyone else's review email goes at once.
        Assert.Equal(DeliveryStatus.Queued, Assert.Single(await ToAsync(PlanningHarness.PermanentCoChair), m => m.Kind == EmailKind.MinutesForReview).Status);

        var digests = _h.Services.GetRequiredService<DailyDigests>();
        Assert.Equal(0, await digests.QueueDueAsync());
        _h.Clock.Now = review.NextAttemptAt;
        Assert.Equal(1, await digests.QueueDueAsync());
        Assert.Equal(0, await digests.QueueDueAsync());

        mine = await ToAsync(PlanningHarness.Member);
        Assert.Equal(DeliveryStatus.Digested, mine.Single(m => m.Id == review.Id).Status);
        var digest = Assert.Single(mine, m => m.Kind == EmailKind.DailyDigest);
        Assert.Equal(DeliveryStatus.Queued, digest.Status);
        Assert.Equal("Your BoardRoom digest: 1 email", digest.Subject);
        var text = EmailComposer.Parse(digest.Mime).TextBody!;
        Assert.Contains(review.Subject, text);
        Assert.Contains(review.DigestLink!, text);
        Assert.StartsWith($"{PublicBase}/meetings/", review.DigestLink);
        // The digest is the person's choice, not a list to leave: no unsubscribe link, a link to the settings instead.
        Assert.Null(EmailComposer.Parse(digest.Mime).Headers[MimeKit.HeaderId.ListUnsubscribe]);
        Assert.Contains($"{PublicBase}/account/email", text);

        await preferences.SetDailyDigestAsync(false);
        Assert.False(await preferences.DailyDigestAsync());
    }
}
