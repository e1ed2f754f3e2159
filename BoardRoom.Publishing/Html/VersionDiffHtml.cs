using System.Globalization;
using System.Net;
using System.Text;
using BoardRoom.Publishing.Diff;

namespace BoardRoom.Publishing.Html;

/// <summary>
/// Writes a <see cref="VersionComparison"/> as an HTML fragment: each changed paragraph under the heading it sits in,
/// added words in &lt;ins&gt; and removed words in &lt;del&gt;, each opened by visually hidden words ("added:",
/// "removed:") because screen readers do not announce those elements. Every text is HTML-encoded, so whatever the
/// minutes said cannot become markup here.
/// </summary>
public static class VersionDiffHtml
{
    public const string Added = "added: ";

    public const string Removed = "removed: ";

    /// <param name="headingLevel">The level of the fragment's own heading (2 on the forum page, 3 inside a card).</param>
    /// <param name="id">The heading's id, which the section is labelled by (unique on the page).</param>
    public static string Render(VersionComparison comparison, int headingLevel = 2, string id = "what-changed")
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentOutOfRangeException.ThrowIfLessThan(headingLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headingLevel, 5);
        var h = headingLevel.ToString(CultureInfo.InvariantCulture);
        var sub = (headingLevel + 1).ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append("<section class=\"br-diff\" data-testid=\"version-diff\" aria-labelledby=\"").Append(Encode(id)).Append("\">\n");
        html.Append("<h").Append(h).Append(" id=\"").Append(Encode(id)).Append("\">")
            .Append(Encode(string.Create(CultureInfo.InvariantCulture, $"What changed since version {comparison.FromVersion}")))
            .Append("</h").Append(h).Append(">\n");
        if (!comparison.HasChanges)
        {
            html.Append("<p>").Append(Encode(string.Create(CultureInfo.InvariantCulture, $"The text is the same as version {comparison.FromVersion}'s."))).Append("</p>\n");
            return html.Append("</section>\n").ToString();
        }
        html.Append("<p class=\"br-diff-legend\">Added words are <ins>underlined</ins>, removed words <del>struck through</del>; unchanged paragraphs are left out.</p>\n");
        string? section = null;
        foreach (var change in comparison.Changes)
        {
            if (!string.Equals(change.Section, section, StringComparison.Ordinal))
            {
                if (section is not null)
                {
                    html.Append("</div>\n");
                }
                section = change.Section;
                html.Append("<div class=\"br-diff-section\">");
                if (section.Length > 0)
                {
                    html.Append("<h").Append(sub).Append(" class=\"br-diff-where\">").Append(Encode(section)).Append("</h").Append(sub).Append('>');
                }
                html.Append('\n');
            }
            var kind = change.Kind switch
            {
                DiffSpanKind.Added => " br-diff-added",
                DiffSpanKind.Removed => " br-diff-removed",
                _ => " br-diff-changed",
            };
            html.Append("<p class=\"br-diff-block").Append(kind).Append(change.IsHeading ? " br-diff-heading" : "").Append("\">");
            foreach (var span in change.Spans)
            {
                switch (span.Kind)
                {
                    case DiffSpanKind.Added:
                        html.Append("<ins><span class=\"br-visually-hidden\">").Append(change.IsWhole ? "added paragraph: " : Added).Append("</span>")
                            .Append(Encode(span.Text)).Append("</ins>");
                        break;
                    case DiffSpanKind.Removed:
                        html.Append("<del><span class=\"br-visually-hidden\">").Append(change.IsWhole ? "removed paragraph: " : Removed).Append("</span>")
                            .Append(Encode(span.Text)).Append("</del>");
                        break;
                    default:
                        html.Append(Encode(span.Text));
                        break;
                }
            }
            html.Append("</p>\n");
        }
        html.Append("</div>\n");
        return html.Append("</section>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
