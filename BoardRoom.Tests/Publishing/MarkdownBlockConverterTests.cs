using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Markdown;

namespace BoardRoom.Tests.Publishing;

public class MarkdownBlockConverterTests
{
    [Fact]
    public void EmphasisStrongAndCode_BecomeStyledTextRuns()
    {
        var blocks = MarkdownBlockConverter.Convert("Plain *italic* **bold** ***both*** `code`");

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(blocks));
        Assert.Equal(
            new Inline[]
            {
                new TextInline("Plain "),
                new TextInline("italic", TextStyle.Italic),
                new TextInline(" "),
                new TextInline("bold", TextStyle.Bold),
                new TextInline(" "),
                new TextInline("both", TextStyle.Bold | TextStyle.Italic),
                new TextInline(" "),
                new TextInline("code", TextStyle.Code),
            },
            paragraph.Content);
    }

    [Fact]
    public void HeadingsArePushedDownByTheOffsetAndClampedToLevelThree()
    {
        var blocks = MarkdownBlockConverter.Convert("# One\n\n## Two\n\n### Three", new MarkdownConversionOptions(HeadingLevelOffset: 1));

        Assert.Equal(new[] { 2, 3, 3 }, blocks.Cast<HeadingBlock>().Select(h => h.Level));
    }

    [Fact]
    public void NestedListsKeepTheirShapeAndOrderedStart()
    {
        var blocks = MarkdownBlockConverter.Convert("3. first\n4. second\n   - inner a\n   - inner b\n");

        var list = Assert.IsType<ListBlock>(Assert.Single(blocks));
        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        Assert.Equal(2, list.Items.Count);
        var nested = Assert.IsType<ListBlock>(list.Items[1].Blocks[1]);
        Assert.False(nested.Ordered);
        Assert.Equal(new ParagraphBlock("inner b"), nested.Items[1].Blocks[0]);
    }

    [Fact]
    public void PipeTables_KeepHeadersCellsAndAlignment()
    {
        var blocks = MarkdownBlockConverter.Convert("| Action | Owner | Due |\n|---|:---:|---:|\n| Publish plan | **Wales** | 1 July |\n");

        var table = Assert.IsType<TableBlock>(Assert.Single(blocks));
        Assert.Equal(new[] { "Action", "Owner", "Due" }, table.Columns.Select(c => Inline.PlainText(c.Header)));
        Assert.Equal(new[] { ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Right }, table.Columns.Select(c => c.Alignment));
        var row = Assert.Single(table.Rows);
        Assert.Equal(new TableCell([new TextInline("Wales", TextStyle.Bold)]), row.Cells[1]);
    }

    [Fact]
    public void QuotesCodeBlocksAndRules_AreConverted()
    {
        var blocks = MarkdownBlockConverter.Convert("> quoted\n\n```\nline 1\n  line 2\n```\n\n---\n");

        Assert.Equal(new ParagraphBlock("quoted"), Assert.IsType<QuoteBlock>(blocks[0]).Blocks.Single());
        Assert.Equal(new CodeBlock("line 1\n  line 2"), blocks[1]);
        Assert.IsType<ThematicBreakBlock>(blocks[2]);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[data](data:text/html;base64,PHNjcmlwdD4=)", "data")]
    [InlineData("[relative](/admin)", "relative")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    public void LinksToUnsafeOrRelativeTargets_BecomePlainText(string markdown, string expectedText)
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(MarkdownBlockConverter.Convert(markdown)));

        Assert.DoesNotContain(paragraph.Content, i => i is LinkInline);
        Assert.Equal(expectedText, Inline.PlainText(paragraph.Content));
    }

    [Theory]
    [InlineData("[site](https://example.org/a?b=1)", "https://example.org/a?b=1")]
    [InlineData("<mailto:secretariat@example.org>", "mailto:secretariat@example.org")]
    [InlineData("<secretariat@example.org>", "mailto:secretariat@example.org")]
    [InlineData("see https://www.gov.uk/rare today", "https://www.gov.uk/rare")]
    public void HttpHttpsAndMailtoLinks_AreKept(string markdown, string expectedUrl)
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(MarkdownBlockConverter.Convert(markdown)));

        Assert.Equal(expectedUrl, Assert.Single(paragraph.Content.OfType<LinkInline>()).Url);
    }

    [Fact]
    public void RawHtml_IsKeptAsLiteralTextAndCommentsAreDropped()
    {
        var blocks = MarkdownBlockConverter.Convert("<script>alert('x')</script>\n\nText with <b onclick=\"x()\">tag</b>.\n\n<!-- private note -->\n");

        var texts = blocks.Cast<ParagraphBlock>().Select(p => Inline.PlainText(p.Content)).ToList();
        Assert.Equal(new[] { "<script>alert('x')</script>", "Text with <b onclick=\"x()\">tag</b>." }, texts);
        Assert.DoesNotContain(blocks, b => b is ParagraphBlock p && Inline.PlainText(p.Content).Contains("private note"));
    }

    [Fact]
    public void ASingleEnter_IsALineBreak_AsIsAMarkdownHardBreak()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(MarkdownBlockConverter.Convert("one\ntwo  \nthree")));

        Assert.Equal(new Inline[] { new TextInline("one"), LineBreakInline.Instance, new TextInline("two"), LineBreakInline.Instance, new TextInline("three") }, paragraph.Content);
    }

    [Fact]
    public void ConvertingTheSameMarkdownTwice_GivesEqualBlocks()
    {
        const string markdown = "# Item\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n";

        Assert.Equal(MarkdownBlockConverter.Convert(markdown), MarkdownBlockConverter.Convert(markdown));
    }
}
