using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Html;
using BoardRoom.Publishing.Markdown;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// The live preview of a section: the same Markdown model and HTML renderer as the published minutes, so what a
/// member previews is what the forum will show. Raw HTML in the Markdown stays literal text; links keep only safe
/// schemes; every character is encoded. Nothing a member types can run as script in anyone's browser.
/// </summary>
public sealed class MinutesPreview
{
    public const int MaxLength = MinutesHub.MaxDocumentLength;

    private static readonly HtmlRenderer Renderer = new(new HtmlRenderOptions(HeadingLevelOffset: 2));
    private static readonly DocumentMetadata Metadata = new("Preview", "", "", [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    public string Render(string markdown)
    {
        var blocks = MarkdownBlockConverter.Convert(markdown ?? string.Empty);
        return Renderer.Render(new PublishedDocument(Metadata, "", "", blocks));
    }
}
