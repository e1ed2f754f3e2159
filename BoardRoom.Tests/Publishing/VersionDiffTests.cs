using BoardRoom.Publishing.Diff;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Html;
using BoardRoom.Publishing.Word;

namespace BoardRoom.Tests.Publishing;

/// <summary>What changed between two published versions: read back from the stored files, compared, and written as HTML.</summary>
public sealed class VersionDiffTests
{
    private static PublishedDocument Minutes(string decision, params string[] extra)
    {
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "Minutes of the Delivery Group"),
            new KeyValueBlock([new KeyValueEntry("Held", "Tuesday 3 March 2026")]),
            new HeadingBlock(2, "2. Coordinated care pilots"),
            new ParagraphBlock([Inline.Plain("The group "), Inline.Bold(decision), Inline.Plain(" the extension to all four nations.")]),
            new TableBlock([new TableColumn("Ref"), new TableColumn("Action")], [new TableRow(["A-2026-01", "Publish the evaluation protocol"])], caption: "Actions"),
        };
        blocks.AddRange(extra.Select(e => new ParagraphBlock(e)));
        return TestDocuments.With(blocks);
    }

    [Fact]
    public void ACorrectedWord_IsMarkedInItsSentence_AsRemovedThenAdded()
    {
        var spans = VersionDiff.Words("The group agreed the extension.", "The group noted the extension.");

        Assert.Equal(
            [new(DiffSpanKind.Same, "The group "), new(DiffSpanKind.Removed, "agreed"), new(DiffSpanKind.Added, "noted"), new(DiffSpanKind.Same, " the extension.")],
            spans!);
    }

    [Fact]
    public void ParagraphsWithLittleInCommon_AreShownAsOneRemovedAndOneAdded()
    {
        Assert.Null(VersionDiff.Words("Apologies were received from Rhys Evans.", "Next meeting: 12 January 2027 in Cardiff."));
    }

    [Fact]
    public void TheHtmlOfTwoVersions_GivesOnlyTheChangedParagraphs_UnderTheirHeadings()
    {
        var renderer = new HtmlRenderer();
        var older = PublishedText.FromHtml(renderer.Render(Minutes("agreed")));
        var newer = PublishedText.FromHtml(renderer.Render(Minutes("noted", "A paragraph added in the correction.")));

        // The running header and the hash footer are not the minutes' text.
        Assert.DoesNotContain(older, b => b.Text.Contains(TestDocuments.Hash, StringComparison.Ordinal) || b.Text.Contains("Minutes version 2", StringComparison.Ordinal));
        Assert.Contains(new TextBlock("Held: Tuesday 3 March 2026"), older);
        Assert.Contains(new TextBlock("A-2026-01 | Publish the evaluation protocol"), older);
        Assert.Contains(new TextBlock("2. Coordinated care pilots", IsHeading: true), older);

        var diff = VersionDiff.Compare(1, older, 2, newer);
        Assert.Equal(2, diff.Changes.Count);
        var changed = diff.Changes[0];
        Assert.Equal(DiffSpanKind.Same, changed.Kind);
        Assert.Equal("2. Coordinated care pilots", changed.Section);
        Assert.Contains(new DiffSpan(DiffSpanKind.Removed, "agreed"), changed.Spans);
        Assert.Contains(new DiffSpan(DiffSpanKind.Added, "noted"), changed.Spans);
        var added = diff.Changes[1];
        Assert.Equal((DiffSpanKind.Added, "2. Coordinated care pilots", false), (added.Kind, added.Section, added.IsHeading));
        Assert.Equal([new DiffSpan(DiffSpanKind.Added, "A paragraph added in the correction.")], added.Spans);
    }

    [Fact]
    public void ALineBreakInTheWordDocument_ReadsAsASpace()
    {
        var document = TestDocuments.With([new ParagraphBlock([Inline.Plain("price ranges"), LineBreakInline.Instance, Inline.Plain("proposed by manufacturers")])]);

        Assert.Contains(new TextBlock("price ranges proposed by manufacturers"), PublishedText.FromDocx(new WordRenderer().Render(document)));
    }

    [Fact]
    public void TheFullWordDocument_ReadsBackAsTheSameBlocks()
    {
        var blocks = PublishedText.FromDocx(new WordRenderer().Render(Minutes("agreed")));

        Assert.Contains(new TextBlock("2. Coordinated care pilots", IsHeading: true), blocks);
        Assert.Contains(new TextBlock("The group agreed the extension to all four nations."), blocks);
        Assert.Contains(new TextBlock("A-2026-01 | Publish the evaluation protocol"), blocks);
        Assert.DoesNotContain(blocks, b => b.Text.Contains(TestDocuments.Hash, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDiffHtml_MarksInsertionsAndDeletionsForScreenReaders_AndEncodesEveryText()
    {
        var older = new[] { new TextBlock("<b>Item</b> & more", IsHeading: true), new TextBlock("Members agreed <script>alert(1)</script>.") };
        var newer = new[] { new TextBlock("<b>Item</b> & more", IsHeading: true), new TextBlock("Members noted <script>alert(1)</script>.") };

        var html = VersionDiffHtml.Render(VersionDiff.Compare(1, older, 2, newer), headingLevel: 2);

        Assert.Contains("<h2 id=\"what-changed\">What changed since version 1</h2>", html);
        Assert.Contains("<h3 class=\"br-diff-where\">&lt;b&gt;Item&lt;/b&gt; &amp; more</h3>", html);
        Assert.Contains("<del><span class=\"br-visually-hidden\">removed: </span>agreed</del>", html);
        Assert.Contains("<ins><span class=\"br-visually-hidden\">added: </span>noted</ins>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public void TwoVersionsWithTheSameText_SaySo()
    {
        var blocks = new[] { new TextBlock("Same") };
        var html = VersionDiffHtml.Render(VersionDiff.Compare(1, blocks, 2, blocks));

        Assert.Contains("The text is the same as version 1", html);
        Assert.DoesNotContain("<ins>", html);
    }
}
