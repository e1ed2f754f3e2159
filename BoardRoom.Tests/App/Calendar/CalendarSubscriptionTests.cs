using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Calendar;
using BoardRoom.Core.Common;
using BoardRoom.Tests.App.Administration;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Calendar;

public sealed class CalendarSubscriptionTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static string TokenOf(string path) => path["/calendar/feed/".Length..^".ics".Length];

    [Fact]
    public async Task ACreatedToken_IsLongAndRandom_StoredOnlyHashed_AndStopsWorkingWhenRevoked()
    {
        var mine = await _h.AsAsync<CalendarSubscriptions>(PlanningHarness.Member);
        var feeds = await _h.AsAsync<CalendarFeedBuilder>(PlanningHarness.Member);

        var path = await mine.CreateAsync("Work phone");
        var other = await mine.CreateAsync("Tablet");
        var token = TokenOf(path);

        Assert.True(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length >= 16);
        Assert.NotEqual(token, TokenOf(other));
        await using (var db = _h.Open())
        {
            Assert.False(await db.CalendarFeedTokens.AnyAsync(t => t.TokenHash.Contains(token)));
            Assert.True(await db.CalendarFeedTokens.AnyAsync(t => t.TokenHash == CalendarTokens.Hash(token)));
        }
        Assert.True((await feeds.ForTokenAsync(token, new Uri("http://localhost/"))).IsAllowed);

        var overview = await mine.GetAsync();
        await mine.RevokeAsync(overview.Tokens.Single(t => t.Label == "Work phone").Id);

        Assert.False((await feeds.ForTokenAsync(token, new Uri("http://localhost/"))).IsAllowed);
        Assert.True((await feeds.ForTokenAsync(TokenOf(other), new Uri("http://localhost/"))).IsAllowed);
        Assert.Single(await mine.GetAsync() is { } o ? o.Boards : []);
    }

    [Fact]
    public async Task SomeoneElsesToken_CannotBeRevoked()
    {
        var aisha = await _h.AsAsync<CalendarSubscriptions>(PlanningHarness.Member);
        var laura = await _h.AsAsync<CalendarSubscriptions>("laura.finch@nsap.example");
        await aisha.CreateAsync("Phone");
        var id = (await aisha.GetAsync()).Tokens.Single().Id;

        await Assert.ThrowsAsync<DomainRuleException>(() => laura.RevokeAsync(id));

        Assert.Null((await aisha.GetAsync()).Tokens.Single().RevokedAt);
    }

    [Fact]
    public async Task AMovedMeeting_GetsAHigherSequenceInTheFeed()
    {
        var feeds = await _h.AsAsync<CalendarFeedBuilder>(PlanningHarness.Member);
        var scheduling = await _h.AsAsync<MeetingScheduling>(PlanningHarness.Secretariat);
        var person = await _h.Database.PersonIdAsync(PlanningHarness.Member);
        var meeting = await _h.NextMeetingAsync();
        var before = Ical.Net.Calendar.Load((await feeds.ForBoardAsync(person, PlanningHarness.Board, new Uri("http://localhost/"))).Value!.Text)!
            .Events.Single(e => e.Uid == $"{meeting.Id}@boardroom");

        var day = DateOnly.FromDateTime(BoardRoom.Core.Meetings.LondonTime.ToLocal(meeting.StartsAt)).AddDays(2);
        await scheduling.MoveMeetingAsync(PlanningHarness.Board, meeting.Id, new() { Date = day, Start = new(13, 0), End = new(15, 0) });
        var feed = (await feeds.ForBoardAsync(person, PlanningHarness.Board, new Uri("http://localhost/"))).Value!;
        var after = Ical.Net.Calendar.Load(feed.Text)!.Events.Single(e => e.Uid == $"{meeting.Id}@boardroom");

        Assert.True(after.Sequence > before.Sequence);
        Assert.NotEqual(before.DtStart!.AsUtc, after.DtStart!.AsUtc);
    }
}
