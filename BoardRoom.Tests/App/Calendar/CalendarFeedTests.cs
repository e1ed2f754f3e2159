using System.Net;
using System.Net.Http.Headers;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Calendar;
using BoardRoom.Publishing.Calendar;
using BoardRoom.Tests.Support;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Calendar;

[Collection(AppServerCollection.Name)]
public sealed class CalendarFeedTests(AppServerFixture app)
{
    private AppServer Server => app.Server;

    private static Ical.Net.Calendar Parse(string text) => Ical.Net.Calendar.Load(text) ?? throw new InvalidOperationException("Not a calendar.");

    /// <summary>Stores a personal feed token for a demo person, as the calendar page does, and returns its path.</summary>
    private async Task<(string Path, Guid Id)> TokenForAsync(string email)
    {
        await using var db = ServerDatabase.Open(Server);
        var person = await db.People.SingleAsync(p => p.Email == email);
        var token = CalendarTokens.NewToken();
        var row = new CalendarFeedTokenRow { PersonId = person.Id, TokenHash = CalendarTokens.Hash(token), Label = "test", CreatedAt = DateTimeOffset.UtcNow };
        db.CalendarFeedTokens.Add(row);
        await db.SaveChangesAsync();
        return ($"calendar/feed/{token}.ics", row.Id);
    }

    [Fact]
    public async Task BoardFeed_ForAMember_ListsTheBoardsMeetings_WithStableUids_CoChairsAndLinks()
    {
        using var client = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");

        var response = await client.GetAsync("calendar/boards/uk-rare-diseases.ics");
        var text = await response.Content.ReadAsStringAsync();
        var again = await client.GetStringAsync("calendar/boards/uk-rare-diseases.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var events = Parse(text).Events.ToList();
        Assert.True(events.Count >= 2);
        Assert.All(events, e => Assert.EndsWith("@boardroom", e.Uid));
        Assert.Equal(events.Select(e => e.Uid), Parse(again).Events.Select(e => e.Uid));
        Assert.DoesNotContain(events, e => e.Summary!.Contains("Panel meeting", StringComparison.Ordinal));
        var next = events.OrderBy(e => e.DtStart!.AsUtc).Last(e => e.Summary!.StartsWith("Delivery Group", StringComparison.Ordinal));
        Assert.Contains("Co-chairs: Helen Marsh and", next.Description);
        Assert.StartsWith(Server.BaseAddress + "meetings/", next.Url!.AbsoluteUri);
        Assert.Equal(MeetingCalendarWriter.UidOf(new BoardRoom.Core.Meetings.MeetingId(Guid.Parse(next.Url.Segments[^1]))), next.Uid);
    }

    [Fact]
    public async Task BoardFeed_AnswersNotModified_WhenTheETagStillMatches()
    {
        using var client = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");
        var first = await client.GetAsync("calendar/boards/uk-rare-diseases.ics");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var request = new HttpRequestMessage(HttpMethod.Get, "calendar/boards/uk-rare-diseases.ics");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag!.Tag));
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task AnotherBoardsFeed_IsForbidden_AndAnonymousVisitorsAreSentToSignIn()
    {
        using var member = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");
        using var anonymous = Server.CreateClient();

        var forbidden = await member.GetAsync("calendar/boards/newborn-screening.ics");
        var anon = await anonymous.GetAsync("calendar/boards/uk-rare-diseases.ics");
        var missing = await member.GetAsync("calendar/boards/no-such-board.ics");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain("Panel meeting", await forbidden.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, anon.StatusCode);
        Assert.Contains("/account/login", anon.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task PersonalFeed_WorksWithoutSignIn_HoldsOnlyTheirBoards_AndARevokedTokenGets404()
    {
        var (path, id) = await TokenForAsync("laura.finch@nsap.example");
        using var anonymous = Server.CreateClient();

        var response = await anonymous.GetAsync(path);
        var events = Parse(await response.Content.ReadAsStringAsync()).Events.ToList();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("private", response.Headers.CacheControl!.ToString());
        var only = Assert.Single(events);
        Assert.Equal("Panel meeting 1", only.Summary);

        await using (var db = ServerDatabase.Open(Server))
        {
            var row = await db.CalendarFeedTokens.SingleAsync(t => t.Id == id);
            Assert.NotNull(row.LastUsedAt);
            row.RevokedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }
        var revoked = await anonymous.GetAsync(path);
        var guessed = await anonymous.GetAsync($"calendar/feed/{CalendarTokens.NewToken()}.ics");

        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }
}
