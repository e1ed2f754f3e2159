using System.Net;
using System.Text.RegularExpressions;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>
/// The minutes page keeps the agenda's order during a live meeting (the item under discussion is marked and linked,
/// not moved above item 1), and a meeting without agenda items says so. Its own app: it starts a meeting.
/// </summary>
public sealed partial class MinutesPageOrderTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Fact]
    public async Task DuringAMeeting_TheSectionsKeepTheAgendaOrder_AndTheCurrentItemIsLinked()
    {
        Guid meetingId;
        string currentTitle;
        await using (var db = ServerDatabase.Open(app.Server))
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
            var meeting = await db.Meetings.Include(m => m.AgendaItems).Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled)
                .OrderBy(m => m.StartsAt).FirstAsync();
            var current = meeting.AgendaItems.OrderBy(i => i.Position).ElementAt(4);
            meeting.Start(meeting.StartsAt);
            meeting.SetCurrentItem(current.Id, meeting.StartsAt.AddMinutes(20));
            await db.SaveChangesAsync();
            (meetingId, currentTitle) = (meeting.Id.Value, current.Title);
        }
        using var client = await SignIn.SignedInClientAsync(app.Server, "aisha.rahman@rdfb.example");

        var html = await client.GetStringAsync($"meetings/{meetingId}/minutes");

        var positions = SectionHeading().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(positions.Count > 5);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("data-testid=\"current-item-link\"", html);
        Assert.Contains(WebUtility.HtmlEncode(currentTitle), html);
    }

    [Fact]
    public async Task AMeetingWithoutAgendaItems_SaysThereIsNothingToMinute()
    {
        Guid meetingId;
        await using (var db = ServerDatabase.Open(app.Server))
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
            var empty = Meeting.Schedule(board.Id, null, 99, "Extraordinary meeting", DateTimeOffset.UtcNow.AddDays(60), TimeSpan.FromHours(1), "Online", "");
            db.Meetings.Add(empty);
            await db.SaveChangesAsync();
            meetingId = empty.Id.Value;
        }
        using var client = await SignIn.SignedInClientAsync(app.Server, "aisha.rahman@rdfb.example");

        var html = await client.GetStringAsync($"meetings/{meetingId}/minutes");

        Assert.Contains("data-testid=\"no-agenda-items\"", html);
        Assert.Contains("no minutes to take", html);
    }

    [GeneratedRegex("<h2 id=\"item-[^\"]+\">(\\d+)\\. ")]
    private static partial Regex SectionHeading();
}
