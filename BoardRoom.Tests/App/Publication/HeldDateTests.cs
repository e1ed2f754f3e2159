using System.Globalization;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Publication;

/// <summary>Minutes and the forum date a meeting by when it was held, never by a planned day on which nothing happened.</summary>
public sealed class HeldDateTests : PublicationTestBase
{
    private static string Day(DateTimeOffset at) => LondonTime.ToLocal(at).ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    [Fact]
    public async Task AMeetingStartedWeeksBeforeItsScheduledDay_IsPublishedAsHeldTheDayItStarted()
    {
        // The demo's next meeting, started (with confirmation) 20 days before it was planned, and closed an hour later.
        MeetingId id;
        DateTimeOffset scheduled, started;
        string rotatingEmail;
        await using (var db = Database.Open())
        {
            var meeting = await db.Meetings.Include(m => m.AgendaItems)
                .Where(m => m.Status == MeetingStatus.Scheduled && m.SeriesId != null).OrderBy(m => m.StartsAt).FirstAsync();
            scheduled = new DateTimeOffset(2027, 3, 16, 10, 0, 0, TimeSpan.Zero);
            meeting.Reschedule(scheduled, meeting.Length);
            started = scheduled.AddDays(-20).AddHours(4);
            meeting.Start(started, confirmedOffSchedule: true);
            meeting.Close(started.AddHours(1), NotReachedChoice.RecordAsDeferred);
            await db.SaveChangesAsync();
            id = meeting.Id;
            var rotating = await db.Memberships.SingleAsync(m => m.Id == meeting.RotatingCoChairId);
            rotatingEmail = await db.People.Where(p => p.Id == rotating.PersonId).Select(p => p.Email).SingleAsync();
        }
        var priya = await Person("priya.raman@rdfb.example");
        var helen = await Person("helen.marsh@rdfb.example");

        var preview = (await Publisher.ViewAsync(id, priya)).Value!;
        Assert.Equal(started, preview.StartsAt);
        // The page's own heading says when it was held, not the slot it was planned for.
        Assert.Equal($"Held {MeetingTimeText.Span(started, started.AddHours(1))}", preview.Occasion);
        Assert.Contains($"held on {Day(started)}", preview.PublicPreviewHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(Day(scheduled), preview.PublicPreviewHtml, StringComparison.Ordinal);

        await Publisher.CirculateAsync(id, priya);
        await Publisher.ApproveAsync(id, helen);
        var hash = (await Publisher.ViewAsync(id, helen)).Value!.FullSha256!;
        await Publisher.SignAsync(id, helen, hash);
        await Publisher.SignAsync(id, await Person(rotatingEmail), hash);
        await Publisher.PublishAsync(id, priya, string.Empty);

        var listed = (await Forum.BoardAsync("uk-rare-diseases"))!.Minutes.Single(m => m.LatestVersion == 1 && m.StartsAt == started);
        var page = (await Forum.MinutesAsync("uk-rare-diseases", listed.MeetingNumber, null))!;
        Assert.Equal(started, page.StartsAt);
        Assert.Contains($"held on {Day(started)}", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Day(scheduled), page.Html, StringComparison.Ordinal);
    }
}
