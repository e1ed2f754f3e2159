using BoardRoom.Core.Agendas;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Publishing.Html;
using BoardRoom.Publishing.Minutes;

namespace BoardRoom.Tests.Core.Minutes.Records;

public sealed class ItemsNotReachedMinutesTests
{
    private static readonly DateTimeOffset NextMeeting = new(2027, 1, 12, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The sample record, with the reserved item carried forward and a second reserved item deferred.</summary>
    private static MinutesRecord WithItemsNotReached()
    {
        var sample = RecordSamples.Full();
        var items = sample.Items.Select(i => i.IsReserved ? i with { Outcome = AgendaItemOutcome.CarriedForward, CarriedTo = NextMeeting } : i).ToList();
        items.Add(new RecordItem(4, "Genomic testing procurement", "Oliver Bennett", AgendaPurpose.ForDiscussion, true, "", [], [], [], AgendaItemOutcome.Deferred));
        items.Add(new RecordItem(5, "Clinician training update", "Sarah Bell", AgendaPurpose.ForInformation, false, "", [], [], [], AgendaItemOutcome.Deferred));
        items.Add(new RecordItem(6, "Any other business", "Co-chairs", AgendaPurpose.ForDiscussion, false, "", [], [], [], AgendaItemOutcome.NotReached));
        return MinutesRecord.Full(sample.Header, sample.Present, sample.Apologies, sample.InAttendance, items, sample.NextMeeting, true);
    }

    private static string Html(MinutesRecord record) => new HtmlRenderer().Render(MinutesDocumentBuilder.Build(record, PublicationStamp.Draft(RecordSamples.Start)));

    [Fact]
    public void TheMinutes_SayWhereAnItemNotReachedWent_AndNothingOfItsBusiness()
    {
        var html = Html(WithItemsNotReached());

        Assert.Contains("Not reached; carried to the meeting of Tuesday 12 January 2027.", html, StringComparison.Ordinal);
        Assert.Contains("Not reached; deferred.", html, StringComparison.Ordinal);
        Assert.Contains("Any other business", html, StringComparison.Ordinal);
        // The carried item's minutes text, declarations, decisions and actions are not described.
        Assert.DoesNotContain("Prices under negotiation", html, StringComparison.Ordinal);
        Assert.DoesNotContain("D-2026-08", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Adviser to {RecordSamples.ReservedMarker}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Presented by Sarah Bell", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePublicReservedBusinessLine_CountsOnlyReservedItemsTaken()
    {
        var record = WithItemsNotReached();
        var taken = record.Items.Select(i => i.Number == 4 ? i with { Outcome = AgendaItemOutcome.Taken } : i).ToList();
        var oneTaken = MinutesRecord.Full(record.Header, record.Present, record.Apologies, record.InAttendance, taken, record.NextMeeting, true);

        Assert.Null(record.ToPublic().ReservedBusinessLine);
        Assert.DoesNotContain("Reserved business", Html(record.ToPublic()), StringComparison.Ordinal);
        Assert.Contains("Reserved business: 1 item taken in private.", Html(oneTaken.ToPublic()), StringComparison.Ordinal);
    }

    [Fact]
    public void WhereAnItemWent_IsPartOfWhatTheCoChairsSign_ButAMeetingThatTookEveryItemHashesAsBefore()
    {
        var sample = RecordSamples.Full();
        var taken = MinutesRecord.Full(sample.Header, sample.Present, sample.Apologies, sample.InAttendance,
            sample.Items.Select(i => i with { Outcome = AgendaItemOutcome.Taken }), sample.NextMeeting, true);

        Assert.Equal(sample.Sha256(), taken.Sha256());
        Assert.DoesNotContain("not-reached", sample.CanonicalText(), StringComparison.Ordinal);
        Assert.Contains("item.not-reached: carried to 2027-01-12T10:00:00Z", WithItemsNotReached().CanonicalText(), StringComparison.Ordinal);
        Assert.NotEqual(sample.Sha256(), WithItemsNotReached().Sha256());
    }
}
