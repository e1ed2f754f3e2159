using System.Net;
using System.Text;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// The two bodies of an email from one draft: accessible HTML (a language, a title, real headings and lists,
/// link text that says where it goes, dark text on white, no layout tables, no images) and the same words as plain
/// text with the links written out. Every piece of text is HTML-encoded.
/// </summary>
public static class EmailBodies
{
    public static string Html(EmailDraft draft, Func<string, string> absolute, string? unsubscribeUrl)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(draft.Subject)).Append("</title>\n</head>\n");
        html.Append("<body style=\"margin:0;padding:24px;background:#ffffff;color:#1b1b1f;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5\">\n");
        html.Append("<div style=\"max-width:600px;margin:0 auto\">\n");
        if (draft.BoardName is { } board)
        {
            html.Append("<p style=\"margin:0 0 16px;color:#44464f;font-size:14px\">");
            html.Append(draft.BoardPath is { } boardPath
                ? $"<a href=\"{E(absolute(boardPath))}\" style=\"color:#1a4f8b\">{E(board)}</a>"
                : E(board));
            html.Append(" · BoardRoom</p>\n");
        }
        html.Append("<h1 style=\"font-size:22px;line-height:1.3;margin:0 0 16px\">").Append(E(draft.Heading)).Append("</h1>\n");
        html.Append("<p style=\"margin:0 0 12px\">Dear ").Append(E(draft.ToName)).Append(",</p>\n");
        foreach (var paragraph in draft.Paragraphs)
        {
            html.Append("<p style=\"margin:0 0 12px\">").Append(E(paragraph)).Append("</p>\n");
        }
        if (draft.List.Count > 0)
        {
            if (draft.ListHeading is { } heading)
            {
                html.Append("<h2 style=\"font-size:18px;margin:20px 0 8px\">").Append(E(heading)).Append("</h2>\n");
            }
            html.Append("<ul style=\"margin:0 0 16px;padding-left:24px\">\n");
            foreach (var item in draft.List)
            {
                html.Append("<li style=\"margin:0 0 6px\"><a href=\"").Append(E(absolute(item.Path))).Append("\" style=\"color:#1a4f8b\">")
                    .Append(E(item.Text)).Append("</a>");
                if (item.Note is { } note)
                {
                    html.Append(" <span style=\"color:#44464f\">(").Append(E(note)).Append(")</span>");
                }
                html.Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
        if (draft.Action is { } action)
        {
            html.Append("<p style=\"margin:24px 0\"><a href=\"").Append(E(absolute(action.Path)))
                .Append("\" style=\"display:inline-block;background:#1a4f8b;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold\">")
                .Append(E(action.Text)).Append("</a></p>\n");
            html.Append("<p style=\"margin:0 0 12px;font-size:14px;color:#44464f\">If the button does not work, copy this address into your browser: ")
                .Append(E(absolute(action.Path))).Append("</p>\n");
        }
        html.Append("<hr style=\"border:none;border-top:1px solid #c4c6d0;margin:24px 0 12px\">\n");
        if (draft.Footnote is { } footnote)
        {
            html.Append("<p style=\"margin:0 0 8px;font-size:14px;color:#44464f\">").Append(E(footnote)).Append("</p>\n");
        }
        if (unsubscribeUrl is not null)
        {
            html.Append("<p style=\"margin:0;font-size:14px;color:#44464f\"><a href=\"").Append(E(unsubscribeUrl))
                .Append("\" style=\"color:#1a4f8b\">Unsubscribe from these emails</a></p>\n");
        }
        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string Text(EmailDraft draft, Func<string, string> absolute, string? unsubscribeUrl)
    {
        var text = new StringBuilder();
        if (draft.BoardName is { } board)
        {
            text.Append(board).Append(" · BoardRoom");
            if (draft.BoardPath is { } boardPath)
            {
                text.Append(" <").Append(absolute(boardPath)).Append('>');
            }
            text.Append("\n\n");
        }
        text.Append(draft.Heading).Append('\n').Append(new string('=', Math.Min(draft.Heading.Length, 72))).Append("\n\n");
        text.Append("Dear ").Append(draft.ToName).Append(",\n\n");
        foreach (var paragraph in draft.Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }
        if (draft.List.Count > 0)
        {
            if (draft.ListHeading is { } heading)
            {
                text.Append(heading).Append(":\n");
            }
            foreach (var item in draft.List)
            {
                text.Append("- ").Append(item.Text);
                if (item.Note is { } note)
                {
                    text.Append(" (").Append(note).Append(')');
                }
                text.Append("\n  ").Append(absolute(item.Path)).Append('\n');
            }
            text.Append('\n');
        }
        if (draft.Action is { } action)
        {
            text.Append(action.Text).Append(":\n").Append(absolute(action.Path)).Append("\n\n");
        }
        text.Append("-- \n");
        if (draft.Footnote is { } footnote)
        {
            text.Append(footnote).Append('\n');
        }
        if (unsubscribeUrl is not null)
        {
            text.Append("Unsubscribe from these emails: ").Append(unsubscribeUrl).Append('\n');
        }
        return text.ToString();
    }
}
