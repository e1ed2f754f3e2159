using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Publishing;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Publication;

/// <summary>The forum and the PDF endpoints over HTTP, against the real app with its demo (the past meeting published as version 1).</summary>
[Collection(AppServerCollection.Name)]
public sealed partial class ForumHttpTests(AppServerFixture app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private AppServer Server => app.Server;

    private async Task<(MeetingId Id, int Number)> PastMeetingAsync()
    {
        await using var db = ServerDatabase.Open(Server);
        var m = await db.Meetings.Where(x => x.Status == MeetingStatus.Closed).Select(x => new { x.Id, x.Number }).SingleAsync();
        return (m.Id, m.Number);
    }

    [Fact]
    public async Task AnAnonymousReader_FindsThePublishedMinutes_WithTheSameVersionAndHashOnThePageAndInThePdf()
    {
        using var client = Server.CreateClient();
        var (_, number) = await PastMeetingAsync();

        var home = await client.GetStringAsync("forum");
        Assert.Contains("href=\"/forum/uk-rare-diseases\"", home, StringComparison.Ordinal);
        var board = await client.GetStringAsync("forum/uk-rare-diseases");
        Assert.Contains($"/forum/uk-rare-diseases/minutes/{number}/v/1", board, StringComparison.Ordinal);
        var page = await client.GetStringAsync($"forum/uk-rare-diseases/minutes/{number}");
        var hash = HashOnPage().Match(page).Groups[1].Value;
        Assert.Equal(64, hash.Length);
        Assert.Contains($"href=\"/forum/uk-rare-diseases/minutes/{number}/v1.pdf\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicationTestBase.ReservedWord, page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", page, StringComparison.Ordinal);

        var response = await client.GetAsync($"forum/uk-rare-diseases/minutes/{number}/v1.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = PdfTools.Save(await response.Content.ReadAsByteArrayAsync(), "forum-http-v1");
        var text = PdfTools.Text(pdf);
        Assert.Contains("Minutes version 1", text, StringComparison.Ordinal);
        Assert.Contains(hash, Regex.Replace(text, @"\s+", ""), StringComparison.Ordinal);
        Assert.DoesNotContain(PublicationTestBase.ReservedWord, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousReader_DownloadsTheWordDocument_BesideThePdf_WithTheSameVersionAndHash()
    {
        using var client = Server.CreateClient();
        var (_, number) = await PastMeetingAsync();
        var page = await client.GetStringAsync($"forum/uk-rare-diseases/minutes/{number}");
        var hash = HashOnPage().Match(page).Groups[1].Value;
        Assert.Contains($"href=\"/forum/uk-rare-diseases/minutes/{number}/v1.docx\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"download-docx\"", page, StringComparison.Ordinal);

        var response = await client.GetAsync($"forum/uk-rare-diseases/minutes/{number}/v1.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"uk-rare-diseases-minutes-{number}-v1.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var docx = await response.Content.ReadAsByteArrayAsync();
        WordTools.AssertValid(docx);
        var text = WordTools.AllText(docx);
        Assert.Contains("Minutes version 1", text, StringComparison.Ordinal);
        Assert.Contains(hash, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicationTestBase.ReservedWord, text, StringComparison.Ordinal);
        Assert.DoesNotContain("CONFIDENTIAL", text, StringComparison.Ordinal);
        using var document = WordTools.Open(docx);
        Assert.Contains(WordTools.Paragraphs(document), p => p.Contains("minutes of Delivery Group meeting", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(),
            p => WordTools.StyleOf(p) == "Heading1");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"forum/uk-rare-diseases/minutes/{number}/v7.docx")).StatusCode);
    }

    [Fact]
    public async Task TheFullWordDocument_FollowsTheFullPdfsRules()
    {
        var (id, _) = await PastMeetingAsync();

        using var anonymous = Server.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"publication/{id}/v1/full.docx")).StatusCode);
        using var observer = await SignIn.SignedInClientAsync(Server, "anna.schmidt@rdfb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"publication/{id}/v1/full.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"publication/{id}/current/full.docx")).StatusCode);
        var observers = await observer.GetAsync($"publication/{id}/v1/public.docx");
        Assert.Equal(HttpStatusCode.OK, observers.StatusCode);
        Assert.DoesNotContain(PublicationTestBase.ReservedWord, WordTools.AllText(await observers.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        using var member = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");
        foreach (var url in new[] { $"publication/{id}/v1/full.docx", $"publication/{id}/current/full.docx" })
        {
            var full = await member.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, full.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", full.Content.Headers.ContentType?.MediaType);
            var text = WordTools.AllText(await full.Content.ReadAsByteArrayAsync());
            Assert.Contains(PublicationTestBase.ReservedWord, text, StringComparison.Ordinal);
            Assert.Contains("CONFIDENTIAL", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownBoardsMeetingsAndVersions_AreNotFound()
    {
        using var client = Server.CreateClient();
        var (_, number) = await PastMeetingAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("forum/no-such-board")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("forum/uk-rare-diseases/minutes/999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"forum/uk-rare-diseases/minutes/{number}/v/7")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"forum/uk-rare-diseases/minutes/{number}/v7.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"forum/newborn-screening/minutes/{number}/v1.pdf")).StatusCode);
    }

    [Fact]
    public async Task TheFullPdf_IsForMembersWhoMayReadReservedBusiness_Only()
    {
        var (id, _) = await PastMeetingAsync();
        var url = $"publication/{id}/v1/full.pdf";

        using var anonymous = Server.CreateClient();
        var refused = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/login", refused.Headers.Location?.ToString(), StringComparison.Ordinal);

        using var observer = await SignIn.SignedInClientAsync(Server, "anna.schmidt@rdfb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"publication/{id}/current/full.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync($"publication/{id}/v1/public.pdf")).StatusCode);

        using var outsider = await SignIn.SignedInClientAsync(Server, "laura.finch@nsap.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"publication/{id}/v1/public.pdf")).StatusCode);

        using var member = await SignIn.SignedInClientAsync(Server, "aisha.rahman@rdfb.example");
        var full = await member.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        var pdf = PdfTools.Save(await full.Content.ReadAsByteArrayAsync(), "forum-http-full-v1");
        Assert.Equal(0, PdfTools.Check(pdf).ExitCode);
        var text = PdfTools.Text(pdf);
        Assert.Contains(PublicationTestBase.ReservedWord, text, StringComparison.Ordinal);
        Assert.Contains("CONFIDENTIAL", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAtomFeed_IsValidAtom_WithAStableEntryPerPublication()
    {
        using var client = Server.CreateClient();
        var (_, number) = await PastMeetingAsync();

        var response = await client.GetAsync("forum/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        var again = XDocument.Parse(await client.GetStringAsync("forum/feed.atom")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, out _));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.StartsWith("urn:uuid:", entry.Element(Atom + "id")!.Value, StringComparison.Ordinal);
        Assert.Equal(entry.Element(Atom + "id")!.Value, again.Element(Atom + "entry")!.Element(Atom + "id")!.Value);
        Assert.Contains("minutes of Delivery Group meeting", entry.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
        var alternate = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate");
        var href = new Uri((string)alternate.Attribute("href")!);
        Assert.Equal($"/forum/uk-rare-diseases/minutes/{number}/v/1", href.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href.PathAndQuery.TrimStart('/'))).StatusCode);
    }

    [GeneratedRegex("data-testid=\"content-hash\"[^>]*>([0-9a-f]{64})<")]
    private static partial Regex HashOnPage();
}
