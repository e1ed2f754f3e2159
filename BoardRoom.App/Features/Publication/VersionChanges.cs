using BoardRoom.Core.Minutes.Records;
using BoardRoom.Publishing.Diff;
using BoardRoom.Publishing.Html;
using BoardRoom.Publishing.Minutes;

namespace BoardRoom.App.Features.Publication;

/// <summary>
/// "What changed since version N-1", worked out from the files stored with each version (they are immutable, so the
/// answer never changes): the public text from the public HTML, which every version has; the full text, reserved
/// business included, from the full Word document, which versions published before Word export lack.
/// </summary>
public static class VersionChanges
{
    /// <summary>The public difference as HTML (every text encoded).</summary>
    public static string Public(int fromVersion, string olderHtml, int toVersion, string newerHtml, int headingLevel, string id) =>
        VersionDiffHtml.Render(VersionDiff.Compare(fromVersion, Comparable(PublishedText.FromHtml(olderHtml)), toVersion, Comparable(PublishedText.FromHtml(newerHtml))), headingLevel, id);

    /// <summary>The full difference as HTML, or null when either version has no stored full Word document to read it from.</summary>
    public static string? Full(int fromVersion, byte[] olderDocx, int toVersion, byte[] newerDocx, int headingLevel, string id) =>
        olderDocx.Length == 0 || newerDocx.Length == 0
            ? null
            : VersionDiffHtml.Render(VersionDiff.Compare(fromVersion, Comparable(PublishedText.FromDocx(olderDocx)), toVersion, Comparable(PublishedText.FromDocx(newerDocx))), headingLevel, id);

    /// <summary>
    /// The blocks without what differs between any two versions by construction: the sign-off and checking sections
    /// (each runs from its heading to the next heading), and, under the title, the subtitle naming the version and the
    /// correction's note (shown with the version itself).
    /// </summary>
    public static IReadOnlyList<TextBlock> Comparable(IReadOnlyList<TextBlock> blocks)
    {
        var kept = new List<TextBlock>();
        var skipping = false;
        var headings = 0;
        foreach (var block in blocks)
        {
            if (block.IsHeading)
            {
                headings++;
                skipping = block.Text is MinutesDocumentBuilder.SignOffHeading or MinutesDocumentBuilder.CheckingHeading;
            }
            var underTitle = headings == 1 && !block.IsHeading
                && (block.Text.StartsWith(MinutesDocumentBuilder.SubtitleStart, StringComparison.Ordinal)
                    || block.Text.StartsWith(MinutesDocumentBuilder.CorrectionLabel, StringComparison.Ordinal));
            if (!skipping && !underTitle)
            {
                kept.Add(block);
            }
        }
        return kept;
    }
}
