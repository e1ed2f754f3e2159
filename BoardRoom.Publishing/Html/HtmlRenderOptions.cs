namespace BoardRoom.Publishing.Html;

/// <summary>
/// How the fragment fits the page that wraps it. <see cref="HeadingLevelOffset"/> shifts the
/// document's headings down when the page already has its own &lt;h1&gt;, keeping one heading
/// hierarchy on the page (levels beyond 6 become 6).
/// </summary>
public sealed record HtmlRenderOptions(int HeadingLevelOffset = 0)
{
    public static readonly HtmlRenderOptions Default = new();
}
