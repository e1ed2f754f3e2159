using System.Text;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Publishing.Calendar;
using Ical.Net.CalendarComponents;

namespace BoardRoom.Tests.Publishing.Calendar;

public sealed class MeetingCalendarWriterTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 30, 9, 0, 0, TimeSpan.Zero);

    private static CalendarMeeting Meeting(int n, MeetingStatus status = MeetingStatus.Scheduled, string title = "", string venue = "Room 1, 39 Victoria Street", params string[] coChairs) =>
        new(new MeetingId(Guid.Parse($"0195a000-0000-7000-8000-{n:x12}")),
            title.Length > 0 ? title : $"Delivery Group meeting {n}",
            "UK Rare Diseases Framework Board",
            Start.AddDays(42 * n),
            Start.AddDays(42 * n).AddHours(2),
            venue,
            "https://meet.example.org/rare-diseases",
            status,
            coChairs.Length > 0 ? coChairs : ["Dr Ada Lovelace", "Siân Jones"],
            new Uri($"https://boardroom.example.org/boards/uk-rare-diseases/meetings/{n}"),
            new DateTimeOffset(2027, 1, 5, 12, 0, n, TimeSpan.Zero));

    private static IReadOnlyList<CalendarEvent> Parse(string ics) => Ical.Net.Calendar.Load(ics)!.Events.ToList();

    [Fact]
    public void AFeed_ParsesBackWithOneEventPerMeeting_AtTheRightTimes()
    {
        var meetings = Enumerable.Range(0, 5).Select(i => Meeting(i)).ToList();

        var ics = MeetingCalendarWriter.Write("Rare Diseases delivery group", meetings);
        var calendar = Ical.Net.Calendar.Load(ics)!;

        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(MeetingCalendarWriter.ProductId, calendar.ProductId);
        Assert.Equal("Rare Diseases delivery group", calendar.Properties["X-WR-CALNAME"]?.Value);
        var events = calendar.Events.ToList();
        Assert.Equal(5, events.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal($"{meetings[i].Id}@boardroom", events[i].Uid);
            Assert.Equal(meetings[i].StartsAt.UtcDateTime, events[i].DtStart!.AsUtc);
            Assert.Equal(meetings[i].EndsAt.UtcDateTime, events[i].DtEnd!.AsUtc);
            Assert.True(events[i].DtStart!.IsUtc);
            Assert.Equal("CONFIRMED", events[i].Status);
            Assert.Equal(meetings[i].Url, events[i].Url);
            Assert.Equal("Room 1, 39 Victoria Street", events[i].Location);
        }
    }

    [Fact]
    public void TimesAreWrittenInUtc_WhateverOffsetTheyCameWith()
    {
        var summer = Meeting(1) with { StartsAt = new DateTimeOffset(2027, 7, 6, 10, 0, 0, TimeSpan.FromHours(1)), EndsAt = new DateTimeOffset(2027, 7, 6, 12, 0, 0, TimeSpan.FromHours(1)) };

        var ics = MeetingCalendarWriter.Write("Board", [summer]);

        Assert.Contains("DTSTART:20270706T090000Z\r\n", ics);
        Assert.Contains("DTEND:20270706T110000Z\r\n", ics);
        Assert.DoesNotContain("VTIMEZONE", ics);
    }

    [Fact]
    public void TwoGenerationsFromTheSameMeetings_AreIdentical_AndKeepTheirUids()
    {
        var meetings = Enumerable.Range(0, 3).Select(i => Meeting(i)).ToList();

        var first = MeetingCalendarWriter.Write("Board", meetings);
        var second = MeetingCalendarWriter.Write("Board", meetings.AsEnumerable().Reverse());

        Assert.Equal(first, second);
        Assert.Equal(Parse(first).Select(e => e.Uid), Parse(second).Select(e => e.Uid));
    }

    [Fact]
    public void MovingAMeeting_KeepsItsUid_AndRaisesItsSequence()
    {
        var before = Meeting(2);
        var moved = before with { StartsAt = before.StartsAt.AddDays(7), EndsAt = before.EndsAt.AddDays(7), LastModified = before.LastModified.AddMinutes(3) };

        var old = Parse(MeetingCalendarWriter.Write("Board", [before])).Single();
        var @new = Parse(MeetingCalendarWriter.Write("Board", [moved])).Single();

        Assert.Equal(old.Uid, @new.Uid);
        Assert.True(@new.Sequence > old.Sequence);
        Assert.Equal(moved.LastModified.UtcDateTime, @new.DtStamp!.AsUtc);
    }

    [Fact]
    public void ACancelledMeeting_IsPublishedAsCancelled()
    {
        var ics = MeetingCalendarWriter.Write("Board", [Meeting(1), Meeting(2, MeetingStatus.Cancelled)]);
        var events = Parse(ics);

        Assert.Equal(["CONFIRMED", "CANCELLED"], events.Select(e => e.Status));
        Assert.Contains("STATUS:CANCELLED\r\n", ics);
        Assert.StartsWith("Cancelled: ", events[1].Summary);
    }

    [Fact]
    public void TheDescription_NamesTheCoChairs_TheOnlineLink_AndTheMeetingPage()
    {
        var meeting = Meeting(1, coChairs: ["Prof. Dame Sally Davies", "Siobhán O'Neill"]);

        var description = Parse(MeetingCalendarWriter.Write("Board", [meeting])).Single().Description!;

        Assert.Equal(
            "UK Rare Diseases Framework Board\n" +
            "Co-chairs: Prof. Dame Sally Davies and Siobhán O'Neill.\n" +
            "Join online: https://meet.example.org/rare-diseases\n" +
            "Agenda and papers: https://boardroom.example.org/boards/uk-rare-diseases/meetings/1",
            description.Replace("\r\n", "\n"));
    }

    [Fact]
    public void CommasSemicolonsBackslashesAndNewlines_AreEscaped_AndSurviveTheRoundTrip()
    {
        const string title = "Budget; risks, issues \\ and\nnext steps";
        const string venue = "Room 2; Cathays Park, Cardiff\nCF10 3NQ";
        var meeting = Meeting(1, title: title, venue: venue, coChairs: ["Siobhán Ní Bhriain", "Ffion Llŷr, OBE"]);

        var ics = MeetingCalendarWriter.Write("Board", [meeting]);
        var parsed = Parse(ics).Single();

        Assert.Contains(@"SUMMARY:Budget\; risks\, issues \\ and\nnext steps", Unfold(ics));
        Assert.Contains(@"LOCATION:Room 2\; Cathays Park\, Cardiff\nCF10 3NQ", Unfold(ics));
        Assert.Equal(title, parsed.Summary);
        Assert.Equal(venue, parsed.Location);
        Assert.Contains("Co-chairs: Siobhán Ní Bhriain and Ffion Llŷr, OBE.", parsed.Description);
    }

    [Fact]
    public void LongNonAsciiLines_AreFoldedAtMost75Octets_WithoutBreakingACharacter()
    {
        var names = Enumerable.Range(0, 12).Select(i => $"Siobhán Ó Súilleabháin {i}").ToArray();
        var meeting = Meeting(1, title: string.Concat(Enumerable.Repeat("Cyfarfod grŵp cyflawni — ", 8)), coChairs: names);

        var ics = MeetingCalendarWriter.Write("Board", [meeting]);

        var lines = ics.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.DoesNotContain('\uFFFD', ics);
        var parsed = Parse(ics).Single();
        Assert.Equal(meeting.Title, parsed.Summary);
        Assert.Contains(names[11], parsed.Description);
    }

    [Fact]
    public void EveryLine_EndsWithCrLf()
    {
        var ics = MeetingCalendarWriter.Write("Board", [Meeting(1)]);

        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
    }

    [Fact]
    public void AnEmptyFeed_IsStillAValidCalendar()
    {
        var calendar = Ical.Net.Calendar.Load(MeetingCalendarWriter.Write("Board", []))!;

        Assert.Empty(calendar.Events);
        Assert.Equal("PUBLISH", calendar.Method);
    }

    [Fact]
    public void AMeetingEndingBeforeItStarts_IsRefused()
    {
        var meeting = Meeting(1) with { EndsAt = Start };

        Assert.Throws<DomainRuleException>(() => MeetingCalendarWriter.Write("Board", [meeting]));
    }

    [Fact]
    public void AMeetingWithoutAVenue_HasNoLocation()
    {
        var ics = MeetingCalendarWriter.Write("Board", [Meeting(1, venue: "  ")]);

        Assert.DoesNotContain("LOCATION", ics);
        Assert.Null(Parse(ics).Single().Location);
    }

    private static readonly MeetingCalendarWriter.Mailbox Sender = new("BoardRoom", "boardroom@boards.example.org");
    private static readonly MeetingCalendarWriter.Mailbox Siân = new("Siân Jones", "sian.jones@gov.wales");

    [Fact]
    public void AnInvitation_IsARequestForOneAttendee_WithTheFeedsUidAndSequence()
    {
        var meeting = Meeting(3);

        var invitation = Ical.Net.Calendar.Load(MeetingCalendarWriter.Scheduling(meeting, Sender, Siân))!;
        var feed = Parse(MeetingCalendarWriter.Write("Board", [meeting])).Single();

        Assert.Equal("REQUEST", invitation.Method);
        var entry = Assert.Single(invitation.Events);
        Assert.Equal(feed.Uid, entry.Uid);
        Assert.Equal(feed.Sequence, entry.Sequence);
        Assert.Equal(feed.DtStart!.AsUtc, entry.DtStart!.AsUtc);
        Assert.Equal("mailto:boardroom@boards.example.org", entry.Organizer!.Value!.ToString());
        var attendee = Assert.Single(entry.Attendees);
        Assert.Equal("mailto:sian.jones@gov.wales", attendee.Value!.ToString());
        Assert.Equal("Siân Jones", attendee.CommonName);
        Assert.Equal("NEEDS-ACTION", attendee.ParticipationStatus);
    }

    [Fact]
    public void ACancelledMeeting_IsSentAsACancel_OfTheSameEntry_WithAHigherSequence()
    {
        var meeting = Meeting(3);
        var cancelled = meeting with { Status = MeetingStatus.Cancelled, LastModified = meeting.LastModified.AddMinutes(1) };

        var before = Ical.Net.Calendar.Load(MeetingCalendarWriter.Scheduling(meeting, Sender, Siân))!.Events.Single();
        var cancel = Ical.Net.Calendar.Load(MeetingCalendarWriter.Scheduling(cancelled, Sender, Siân))!;

        Assert.Equal("CANCEL", cancel.Method);
        var entry = Assert.Single(cancel.Events);
        Assert.Equal(before.Uid, entry.Uid);
        Assert.Equal("CANCELLED", entry.Status);
        Assert.True(entry.Sequence > before.Sequence);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("")]
    public void ASchedulingMessage_RefusesAnAttendeeWithoutAnEmailAddress(string address) =>
        Assert.Throws<DomainRuleException>(() => MeetingCalendarWriter.Scheduling(Meeting(1), Sender, new("Someone", address)));

    private static string Unfold(string ics) => ics.Replace("\r\n ", "").Replace("\r\n\t", "");
}
