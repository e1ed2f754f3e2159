using BoardRoom.Publishing.Documents;

namespace BoardRoom.Tests.Publishing;

public class DocumentModelTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html,<script>x</script>")]
    [InlineData("vbscript:x")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public void ALinkToAnythingButHttpHttpsOrMailto_IsRefused(string url)
    {
        Assert.Throws<ArgumentException>(() => new LinkInline(url, [Inline.Plain("x")]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void HeadingLevelsOutsideOneToThree_AreRefused(int level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HeadingBlock(level, "x"));
    }

    [Fact]
    public void ARowWithMoreCellsThanColumns_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TableBlock([new TableColumn("Only")], [new TableRow([new TableCell("a"), new TableCell("b")])]));

        Assert.Contains("Row 1 has 2 cells", error.Message);
    }

    [Fact]
    public void DocumentsBuiltFromEqualContent_AreEqual()
    {
        Block[] Blocks() =>
        [
            new HeadingBlock(1, "Minutes"),
            new ListBlock(true, [new ListItem("one"), new ListItem("two")], start: 2),
            new TableBlock([new TableColumn("A", 2)], [new TableRow([new TableCell("x")])], "Caption"),
        ];

        Assert.Equal(TestDocuments.With(Blocks()), TestDocuments.With(Blocks()));
        Assert.NotEqual(TestDocuments.With(Blocks()), TestDocuments.With(Blocks(), confidential: true));
    }

    [Fact]
    public void ListsPassedToTheModel_AreCopiedSoLaterChangesDoNotLeakIn()
    {
        var inlines = new List<Inline> { Inline.Plain("before") };
        var paragraph = new ParagraphBlock(inlines);

        inlines.Add(Inline.Plain("after"));

        Assert.Single(paragraph.Content);
    }
}
