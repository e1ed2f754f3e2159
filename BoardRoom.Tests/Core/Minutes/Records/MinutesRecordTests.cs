using BoardRoom.Core.Minutes.Records;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Html;
using BoardRoom.Publishing.Minutes;

namespace BoardRoom.Tests.Core.Minutes.Records;

public sealed class MinutesRecordTests
{
    [Fact]
    public void ThePublicVersion_HoldsNoReservedItem_NorItsDeclarationsDecisionsOrActions()
    {
        var record = RecordSamples.Full().ToPublic();

        Assert.Equal(RecordVersion.Public, record.Version);
        Assert.DoesNotContain(record.Items, i => i.IsReserved);
        Assert.Equal(1, record.ReservedItemsLeftOut);
        Assert.DoesNotContain(RecordSamples.ReservedMarker, record.CanonicalText(), StringComparison.Ordinal);
        var html = new HtmlRenderer().Render(MinutesDocumentBuilder.Build(record, PublicationStamp.Draft(RecordSamples.Start)));
        Assert.DoesNotContain(RecordSamples.ReservedMarker, html, StringComparison.Ordinal);
        Assert.Contains("Reserved business: 1 item taken in private.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFullVersion_HasTheReservedItem_AndIsConfidential()
    {
        var record = RecordSamples.Full();
        var document = MinutesDocumentBuilder.Build(record, PublicationStamp.Draft(RecordSamples.Start));

        Assert.True(document.Confidential);
        Assert.Contains(RecordSamples.ReservedMarker, new HtmlRenderer().Render(document), StringComparison.Ordinal);
        Assert.False(MinutesDocumentBuilder.Build(record.ToPublic(), PublicationStamp.Draft(RecordSamples.Start)).Confidential);
    }

    [Fact]
    public void WhenTheBoardHidesIt_ThePublicVersionHasNoReservedBusinessLine()
    {
        var record = RecordSamples.Full(showReservedLine: false).ToPublic();

        Assert.Null(record.ReservedBusinessLine);
        Assert.DoesNotContain("Reserved business", new HtmlRenderer().Render(MinutesDocumentBuilder.Build(record, PublicationStamp.Draft(RecordSamples.Start))), StringComparison.Ordinal);
    }

    [Fact]
    public void TheHash_IsTheSha256OfTheCanonicalText_AndStableAcrossLineEndings()
    {
        var a = RecordSamples.Full("Line one.\nLine two.");
        var b = RecordSamples.Full("Line one.\r\nLine two.\n\n");

        Assert.Equal(64, a.Sha256().Length);
        Assert.Equal(a.Sha256(), b.Sha256());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(a.CanonicalText()))), a.Sha256());
    }

    [Fact]
    public void AnyChangeToTheMinutesText_ChangesTheHash_AndThePublicAndFullHashesDiffer()
    {
        var before = RecordSamples.Full("The group noted the results.");
        var after = RecordSamples.Full("The group noted the results!");

        Assert.NotEqual(before.Sha256(), after.Sha256());
        Assert.NotEqual(before.Sha256(), before.ToPublic().Sha256());
    }

    [Fact]
    public void TextThatLooksLikeAField_CannotForgeOne()
    {
        var forged = RecordSamples.Full("Noted.\nitem.decision: D-2026-99 | By consensus | Nothing");

        Assert.DoesNotContain("\nitem.decision: D-2026-99", forged.CanonicalText(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDocument_CarriesHeaderAttendanceItemsDecisionsActionsAndNextMeeting()
    {
        var record = RecordSamples.Full();
        var signatures = new[] { new SignOffEntry("Helen Marsh", "Permanent co-chair", RecordSamples.Start.AddDays(3), record.Sha256()) };
        var document = MinutesDocumentBuilder.Build(record.ToPublic(), new PublicationStamp(2, RecordSamples.Start.AddDays(5), "Corrected a name.", signatures));
        var html = new HtmlRenderer().Render(document);

        Assert.Equal(record.ToPublic().Sha256(), document.ContentHash);
        Assert.Contains("Minutes version 2", document.HeaderText, StringComparison.Ordinal);
        foreach (var expected in new[]
        {
            "Tuesday 2 June 2026, 10:00–12:00 (UK time)", "Room 4.12", "Helen Marsh (permanent co-chair)", "Aisha Rahman", "Arrived 10:20",
            "Tom Whitaker", "Dr Sam Ortiz", "Grace Okafor", "2. Patient experience survey", "Presented by Aisha Rahman", "D-2026-07",
            "By consensus", "A-2026-11", "Summary on the forum", "1 Jul 2026", "Tuesday 14 July 2026, 10:00", "Corrected a name.",
        })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MarkupTypedInTheMinutes_IsPublishedAsText_NeverAsScript()
    {
        var record = RecordSamples.Full("Noted. <script>alert('x')</script> [link](javascript:alert(1))").ToPublic();

        var html = new HtmlRenderer().Render(MinutesDocumentBuilder.Build(record, PublicationStamp.Draft(RecordSamples.Start)));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
