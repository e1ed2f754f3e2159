using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.People;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Html;
using BoardRoom.Publishing.Minutes;

namespace BoardRoom.Tests.Core.Minutes.Records;

/// <summary>Published minutes read as minutes: who attended in what capacity, the quorum, presenters, clocks and declarations.</summary>
public sealed class MinutesReadAsMinutesTests
{
    private static string Html(MinutesRecord record, PublicationStamp? stamp = null) =>
        new HtmlRenderer().Render(MinutesDocumentBuilder.Build(record, stamp ?? PublicationStamp.Draft(RecordSamples.Start)));

    private static MinutesRecord With(MinutesRecord r, RecordHeader? header = null, IEnumerable<RecordItem>? items = null, RecordQuorum? quorum = null) =>
        MinutesRecord.Full(header ?? r.Header, r.Present, r.Apologies, r.InAttendance, items ?? r.Items, r.NextMeeting, r.ShowReservedBusinessLine, quorum ?? r.Quorum);

    [Fact]
    public void TheQuorumStatement_IsPrinted_InBothVersions_AndIsPartOfWhatIsSigned()
    {
        var sample = RecordSamples.Full();
        var quorate = With(sample, quorum: new RecordQuorum(6, 9, 5, RequiresCoChair: true, CoChairPresent: true));

        Assert.Contains("The meeting was quorate: 6 of 9 members present; quorum 5 members including a co-chair.", Html(quorate), StringComparison.Ordinal);
        Assert.Contains("The meeting was quorate: 6 of 9 members present", Html(quorate.ToPublic()), StringComparison.Ordinal);
        Assert.Contains("quorum: 6 of 9 | 5 | co-chair required | co-chair present", quorate.CanonicalText(), StringComparison.Ordinal);
        Assert.NotEqual(sample.Sha256(), quorate.Sha256());
        // A record that does not state a quorum (made before minutes did) hashes as it did.
        Assert.DoesNotContain("quorum:", sample.CanonicalText(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMeetingShortOfItsQuorum_OrWithoutACoChair_SaysItWasNotQuorate()
    {
        Assert.Equal("The meeting was not quorate: 3 of 9 members present; quorum 5 members.",
            new RecordQuorum(3, 9, 5, RequiresCoChair: false, CoChairPresent: true).Statement());
        Assert.Equal("The meeting was not quorate: 6 of 9 members present; quorum 5 members including a co-chair; no co-chair present.",
            new RecordQuorum(6, 9, 5, RequiresCoChair: true, CoChairPresent: false).Statement());
    }

    [Fact]
    public void TheQuorum_CountsVotingMembersMarkedPresent_NotTheSecretariatObserversGuestsOrApologies()
    {
        var board = Board.Create("Framework Board", "framework", "");
        board.SetQuorumRule(new QuorumRule(3, requiresCoChair: true));
        var joined = new DateOnly(2026, 1, 1);
        var coChair = board.AddMember(PersonId.New(), BoardRole.CoChair, null, "", "", joined);
        var members = Enumerable.Range(0, 4).Select(_ => board.AddMember(PersonId.New(), BoardRole.Member, null, "", "", joined)).ToList();
        var observer = board.AddMember(PersonId.New(), BoardRole.Observer, null, "", "", joined);
        var secretary = board.AddMember(PersonId.New(), BoardRole.Secretariat, null, "", "", joined);
        var start = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var meeting = Meeting.Schedule(board.Id, null, 1, "Meeting 1", start, TimeSpan.FromHours(2), "", "");
        meeting.AddAgendaItem("Funding decision", AgendaPurpose.ForDecision, "", 20);
        meeting.Start(start);
        meeting.RecordAttendance(coChair.PersonId, AttendanceStatus.Present, start);
        meeting.RecordAttendance(members[0].PersonId, AttendanceStatus.Present, start);
        var leaving = meeting.RecordAttendance(members[1].PersonId, AttendanceStatus.Present, start.AddMinutes(10));
        meeting.RecordDeparture(leaving.Id, start.AddMinutes(30));
        meeting.RecordAttendance(members[2].PersonId, AttendanceStatus.Apologies, start);
        meeting.RecordAttendance(observer.PersonId, AttendanceStatus.Present, start);
        meeting.RecordAttendance(secretary.PersonId, AttendanceStatus.Present, start);
        meeting.AddGuest("Dr Sam Ortiz", "Genomics England", start);

        var quorum = RecordQuorum.Of(board.QuorumRule, board.Members, meeting);

        Assert.Equal(new RecordQuorum(3, 5, 3, RequiresCoChair: true, CoChairPresent: true), quorum);
        Assert.True(quorum.IsQuorate);
    }

    [Fact]
    public void APresenterWhoSentApologies_IsNotPrintedAsPresenting()
    {
        var sample = RecordSamples.Full();
        // Tom Whitaker sent apologies in the sample.
        var items = sample.Items.Select(i => i.Number == 2 ? i with { Presenter = "Tom Whitaker" } : i).ToList();

        var html = Html(With(sample, items: items));

        Assert.DoesNotContain("Presented by Tom Whitaker", html, StringComparison.Ordinal);
        Assert.Contains("Paper presented in the absence of Tom Whitaker", html, StringComparison.Ordinal);
        Assert.Contains("Presented by Helen Marsh", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EachItem_SaysWhoDeclaredAnInterestInIt_AndWhetherTheyWithdrew_AndThePublicVersionNothingOfAReservedItem()
    {
        var record = RecordSamples.Full();

        var full = Html(record);
        var pub = Html(record.ToPublic());

        Assert.Contains("Grace Okafor declared an interest (Co-author of the survey report) and remained for this item.", full, StringComparison.Ordinal);
        Assert.Contains($"Marcus Lee declared an interest (Adviser to {RecordSamples.ReservedMarker} Pharma) and withdrew for this item.", full, StringComparison.Ordinal);
        Assert.Contains("Grace Okafor declared an interest (Co-author of the survey report) and remained for this item.", pub, StringComparison.Ordinal);
        Assert.DoesNotContain("Marcus Lee declared", pub, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordSamples.ReservedMarker, pub, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_ArePrintedOnTheSeriesClock_InWords_AndNeverAsUtcIsoStrings()
    {
        var sample = RecordSamples.Full();
        var signatures = new[] { new SignOffEntry("Helen Marsh", "Permanent co-chair", new DateTimeOffset(2026, 6, 5, 13, 5, 0, TimeSpan.Zero), sample.Sha256()) };
        var stamp = new PublicationStamp(1, RecordSamples.Start.AddDays(5), "", signatures);

        var london = Html(sample, stamp);
        var newYork = With(sample, header: sample.Header with { TimeZoneId = "America/New_York" });

        Assert.Contains("Tuesday 2 June 2026, 10:00–12:00 (UK time)", london, StringComparison.Ordinal);
        Assert.Contains("Signed (UK time)", london, StringComparison.Ordinal);
        Assert.Contains("5 Jun 2026, 14:05", london, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-06-05 13:05", london, StringComparison.Ordinal);
        // Only the machine-readable datetime attribute is in UTC.
        Assert.DoesNotMatch(@">[^<]*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", london);
        Assert.Contains("Tuesday 2 June 2026, 05:00–07:00 (America/New_York time)", Html(newYork), StringComparison.Ordinal);
        Assert.Contains("time-zone: America/New_York", newYork.CanonicalText(), StringComparison.Ordinal);
        Assert.DoesNotContain("time-zone:", sample.CanonicalText(), StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionAndActionReferences_AreKeptOnOneLine_InTheHtml()
    {
        var html = Html(RecordSamples.Full());

        Assert.Contains("<td class=\"nowrap\" data-label=\"Ref\">D-2026-07</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"nowrap\" data-label=\"Ref\">A-2026-11</td>", html, StringComparison.Ordinal);
    }
}
