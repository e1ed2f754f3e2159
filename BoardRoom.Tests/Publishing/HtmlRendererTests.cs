using System.Xml.Linq;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Html;
using BoardRoom.Publishing.Markdown;

namespace BoardRoom.Tests.Publishing;

public class HtmlRendererTests
{
    private static XElement Parse(string html) => XElement.Parse(html, LoadOptions.PreserveWhitespace);

    [Fact]
    public void MarkdownWithScriptRawHtmlAndJavascriptLinks_YieldsOnlyEncodedText()
    {
        const string markdown = "<script>alert('x')</script>\n\nClick [here](javascript:alert(1)) <img src=x onerror=alert(2)> <b onclick=\"steal()\">bold</b>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n[data](data:text/html;base64,PHNjcmlwdD4=)";
        var html = new HtmlRenderer().Render(TestDocuments.With(MarkdownBlockConverter.Convert(markdown)));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
        var article = Parse(html);
        Assert.Empty(article.Descendants("a"));
        Assert.DoesNotContain(article.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(article.DescendantsAndSelf().Attributes("style"));
    }

    [Fact]
    public void TextAttributesAndUrls_AreEncoded()
    {
        var document = TestDocuments.With(
        [
            new ParagraphBlock([Inline.Plain("Tom & Jerry <b>not bold</b> \"quoted\" 'single'"), Inline.Link("https://example.org/?a=1&b=\"x\"", "link")]),
            new KeyValueBlock([new KeyValueEntry("<Venue>", "Caerdydd & Ŵyddgrug")]),
        ]);

        var html = new HtmlRenderer().Render(document);

        Assert.Contains("Tom &amp; Jerry &lt;b&gt;not bold&lt;/b&gt;", html);
        Assert.Contains("href=\"https://example.org/?a=1&amp;b=&quot;x&quot;\"", html);
        Assert.Contains("Caerdydd &amp; Ŵyddgrug", html); // letters stay readable
        var article = Parse(html);
        Assert.Equal("https://example.org/?a=1&b=\"x\"", article.Descendants("a").Single().Attribute("href")!.Value);
    }

    [Fact]
    public void LinesTypedWithOneEnter_AreSeparateLinesOfOneParagraph()
    {
        var html = new HtmlRenderer().Render(TestDocuments.With(MarkdownBlockConverter.Convert("Present: Helen Marsh\nApologies: Rhys Evans")));

        var paragraph = Parse(html).Descendants("p").Single(p => p.Value.Contains("Present"));
        Assert.Single(paragraph.Descendants("br"));
        Assert.Equal("Present: Helen MarshApologies: Rhys Evans", paragraph.Value);
    }

    [Fact]
    public void Links_AreNofollowNoopener()
    {
        var html = new HtmlRenderer().Render(TestDocuments.With([new ParagraphBlock([Inline.Link("https://forum.example.org", "forum")])]));

        var link = Parse(html).Descendants("a").Single();
        Assert.Equal("nofollow noopener", link.Attribute("rel")!.Value);
        Assert.Equal("forum", link.Value);
    }

    [Fact]
    public void Tables_HaveCaptionsAndColumnHeaderCellsWithScope()
    {
        var table = new TableBlock(
            [new TableColumn("Ref"), new TableColumn("Action"), new TableColumn("Due", alignment: ColumnAlignment.Right)],
            [new TableRow([new TableCell("A1"), new TableCell("Publish")])],
            caption: "Actions");

        var element = Parse(new HtmlRenderer().Render(TestDocuments.With([table]))).Descendants("table").Single();

        Assert.Equal("Actions", element.Element("caption")!.Value);
        var headers = element.Element("thead")!.Descendants("th").ToList();
        Assert.Equal(["Ref", "Action", "Due"], headers.Select(h => h.Value));
        Assert.All(headers, h => Assert.Equal("col", h.Attribute("scope")!.Value));
        var cells = element.Element("tbody")!.Element("tr")!.Elements("td").ToList();
        Assert.Equal(3, cells.Count); // a short row is padded so columns line up
        Assert.Equal("align-right", cells[2].Attribute("class")!.Value);
        // Each cell names its column, for the phone layout where rows stack as cards.
        Assert.Equal(["Ref", "Action", "Due"], cells.Select(c => c.Attribute("data-label")!.Value));
    }

    [Fact]
    public void HeadingsListsQuotesAndCode_UseTheirSemanticElements()
    {
        var blocks = MarkdownBlockConverter.Convert("# Title\n\n## Item\n\n### Detail\n\n3. three\n4. four\n   - nested\n\n> quoted\n\n```\ncode <here>\n```\n\n---\n\nText with **strong**, *em* and `code`.  \nNext line.");
        var article = Parse(new HtmlRenderer().Render(TestDocuments.With(blocks)));

        Assert.Equal(["h1", "h2", "h3"], article.Elements().Where(e => e.Name.LocalName.StartsWith('h') && e.Name.LocalName.Length == 2 && e.Name.LocalName != "hr").Select(e => e.Name.LocalName));
        var ol = article.Element("ol")!;
        Assert.Equal("3", ol.Attribute("start")!.Value);
        Assert.Equal("nested", ol.Elements("li").Last().Element("ul")!.Element("li")!.Value);
        Assert.Equal("quoted", article.Element("blockquote")!.Element("p")!.Value);
        Assert.Equal("code <here>", article.Element("pre")!.Element("code")!.Value);
        Assert.NotNull(article.Element("hr"));
        var paragraph = article.Elements("p").Last();
        Assert.Equal("strong", paragraph.Element("strong")!.Value);
        Assert.Equal("em", paragraph.Element("em")!.Value);
        Assert.Equal("code", paragraph.Element("code")!.Value);
        Assert.NotNull(paragraph.Element("br"));
    }

    [Fact]
    public void HeadingOffset_KeepsOneHierarchyUnderThePagesOwnHeading()
    {
        var html = new HtmlRenderer(new HtmlRenderOptions(HeadingLevelOffset: 1)).Render(TestDocuments.With([new HeadingBlock(1, "Minutes"), new HeadingBlock(3, "Detail")]));

        Assert.Contains("<h2>Minutes</h2>", html);
        Assert.Contains("<h4>Detail</h4>", html);
    }

    [Fact]
    public void MeetingDetailsAndSignOff_AreADefinitionListAndATableWithMachineReadableTimes()
    {
        var article = Parse(new HtmlRenderer().Render(SampleMinutes.Build(agendaItems: 1)));

        var dl = article.Element("dl")!;
        Assert.Equal("Date", dl.Elements("div").First().Element("dt")!.Value);
        var signOff = article.Descendants("table").Single(t => t.Element("caption")?.Value == "Sign-off");
        var time = signOff.Descendants("time").First();
        Assert.Equal("2025-06-17T15:00:00Z", time.Attribute("datetime")!.Value);
        Assert.Contains(SampleMinutes.ContentHash, signOff.Descendants("code").First().Value);
    }

    [Fact]
    public void ConfidentialVersion_SaysSoAtTheTop()
    {
        var confidential = Parse(new HtmlRenderer().Render(TestDocuments.With([new ParagraphBlock("x")], confidential: true)));
        var published = Parse(new HtmlRenderer().Render(TestDocuments.With([new ParagraphBlock("x")])));

        Assert.Contains("CONFIDENTIAL", confidential.Element("header")!.Value);
        Assert.DoesNotContain("CONFIDENTIAL", published.Value);
    }

    [Fact]
    public void ControlCharactersInText_AreDroppedSoTheFragmentStaysWellFormed()
    {
        var html = new HtmlRenderer().Render(TestDocuments.With([new ParagraphBlock("bell\u0007 and nul\u0000 gone")]));

        Assert.Equal("bell and nul gone", Parse(html).Element("p")!.Value);
    }
}
