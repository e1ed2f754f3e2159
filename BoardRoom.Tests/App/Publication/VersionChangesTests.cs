using BoardRoom.App.Features.Publication;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Publishing.Diff;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Html;
using BoardRoom.Publishing.Minutes;
using BoardRoom.Tests.Publishing;

namespace BoardRoom.Tests.App.Publication;

/// <summary>What a correction changed, as the publication and forum pages show it: only what the minutes say differently.</summary>
public sealed class VersionChangesTests
{
    private static string Html(int version, string correction, string decision)
    {
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "UK Rare Diseases Framework Board: minutes of Delivery Group meeting 17"),
            new ParagraphBlock([Inline.Italic($"{MinutesDocumentBuilder.SubtitleStart}17, held on 17 November 2026. Version {version}, published {20 + version} November 2026.")]),
        };
        if (correction.Length > 0)
        {
            blocks.Add(new ParagraphBlock([Inline.Bold(MinutesDocumentBuilder.CorrectionLabel), Inline.Plain(correction)]));
        }
        blocks.Add(new KeyValueBlock([new KeyValueEntry("Held", "Tuesday 17 November 2026")]));
        blocks.Add(new HeadingBlock(2, "2. Budget"));
        blocks.Add(new ParagraphBlock($"The group {decision} the budget."));
        return new HtmlRenderer().Render(TestDocuments.With(blocks));
    }

    [Fact]
    public void TheVersionLineAndTheCorrectionNote_AreNotListedAsChanges_ButTheCorrectedTextIs()
    {
        var older = VersionChanges.Comparable(PublishedText.FromHtml(Html(1, "", "agreed")));
        var newer = VersionChanges.Comparable(PublishedText.FromHtml(Html(2, "The budget decision was misrecorded.", "noted")));

        var change = Assert.Single(VersionDiff.Compare(1, older, 2, newer).Changes);
        Assert.Equal("2. Budget", change.Section);
        Assert.Contains(new DiffSpan(DiffSpanKind.Added, "noted"), change.Spans);
        Assert.Contains(new TextBlock("Held: Tuesday 17 November 2026"), newer);
    }
}
