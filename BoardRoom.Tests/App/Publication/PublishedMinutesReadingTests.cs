using System.Text.RegularExpressions;

namespace BoardRoom.Tests.App.Publication;

/// <summary>The demo's published minutes, as the forum serves them, read as minutes.</summary>
public sealed partial class PublishedMinutesReadingTests : PublicationTestBase
{
    [GeneratedRegex(@"<caption>Present</caption>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex PresentTable();

    [Fact]
    public async Task TheSecretariatAndObservers_AreInAttendance_NotPresent_AndTheQuorumIsStated()
    {
        var board = (await Forum.BoardAsync("uk-rare-diseases"))!;
        var page = (await Forum.MinutesAsync("uk-rare-diseases", board.Minutes.Single().MeetingNumber, null))!;

        var present = PresentTable().Match(page.Html).Value;
        Assert.Contains("Helen Marsh", present, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya Raman", present, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna Schmidt", present, StringComparison.Ordinal);
        Assert.Matches(@"In attendance: </strong>[^<]*Priya Raman \(Secretariat[^<]*Anna Schmidt \(Observer[^<]*Dr Sam Ortiz \(Genomics England\)", page.Html);
        Assert.Matches(@"The meeting was quorate: \d+ of \d+ members present; quorum 5 members including a co-chair\.", page.Html);
        Assert.Contains("(UK time)", page.Html, StringComparison.Ordinal);
        Assert.Matches(@"^\w+day \d{1,2} \w+ \d{4}, \d{2}:\d{2}–\d{2}:\d{2} \(UK time\)$", page.Held);
        Assert.Contains("declared an interest (Clinical lead of the Belfast coordinated care pilot site) and remained for this item.", page.Html, StringComparison.Ordinal);
    }
}
