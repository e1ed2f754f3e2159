namespace BoardRoom.Publishing.Documents;

/// <summary>
/// A hyperlink. Only http, https and mailto targets are accepted: anything else (javascript:, data:,
/// relative paths) would be a way to smuggle behaviour into published minutes.
/// </summary>
public sealed record LinkInline : Inline
{
    public LinkInline(string url, IEnumerable<Inline> content)
    {
        if (!IsAllowedUrl(url))
        {
            throw new ArgumentException($"Link target '{url}' is not an absolute http, https or mailto URL.", nameof(url));
        }
        Url = url;
        Content = ValueList<Inline>.From(content);
    }

    public string Url { get; }

    public IReadOnlyList<Inline> Content { get; }

    public static bool IsAllowedUrl(string? url) =>
        !string.IsNullOrWhiteSpace(url)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
}
