using BoardRoom.App.Features.Email;
using BoardRoom.Core.Notifications;

namespace BoardRoom.Tests.App.Email;

public sealed class EmailBodiesTests
{
    private static string Absolute(string path) => "https://boards.example.org" + path;

    private static EmailDraft Draft(string text) => new(
        EmailKind.AgendaIssued, "a@example.org", text, $"Agenda: {text}", text, [text], new EmailLink(text, "/meetings/1?a=1&b=2"))
    {
        BoardName = text,
        BoardPath = "/boards/rdfb",
        List = [new EmailLink(text, "/papers/1", text)],
    };

    [Fact]
    public void EveryTextInTheHtmlPart_IsEncoded_SoTypedMarkupNeverRuns()
    {
        var html = EmailBodies.Html(Draft("<script>alert(1)</script>"), Absolute, "https://boards.example.org/email/unsubscribe?token=x");

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("href=\"https://boards.example.org/meetings/1?a=1&amp;b=2\"", html);
    }

    [Fact]
    public void TheHtmlPart_HasALanguageATitleAndAHeading_AndTheTextPartWritesTheLinksOut()
    {
        var draft = Draft("Delivery group");
        var html = EmailBodies.Html(draft, Absolute, null);
        var text = EmailBodies.Text(draft, Absolute, null);

        Assert.Contains("<html lang=\"en-GB\">", html);
        Assert.Contains("<title>Agenda: Delivery group</title>", html);
        Assert.Contains("<h1", html);
        Assert.Contains("https://boards.example.org/meetings/1?a=1&b=2", text);
        Assert.Contains("https://boards.example.org/papers/1", text);
        Assert.Contains("https://boards.example.org/boards/rdfb", text);
        Assert.DoesNotContain("nsubscribe", text);
    }
}
