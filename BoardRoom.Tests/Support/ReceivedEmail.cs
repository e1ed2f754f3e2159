using System.Text.RegularExpressions;
using MimeKit;

namespace BoardRoom.Tests.Support;

/// <summary>One message as the test SMTP server received it: the envelope recipients and the parsed message.</summary>
public sealed partial record ReceivedEmail(IReadOnlyList<string> EnvelopeTo, MimeMessage Message)
{
    /// <summary>The first link in the plain-text part whose path starts with <paramref name="path"/>.</summary>
    public Uri LinkTo(string path)
    {
        var text = Message.TextBody ?? throw new InvalidOperationException("The message has no plain-text part.");
        foreach (Match match in UrlPattern().Matches(text))
        {
            var uri = new Uri(match.Value);
            if (uri.AbsolutePath.StartsWith(path, StringComparison.Ordinal))
            {
                return uri;
            }
        }
        throw new InvalidOperationException($"No link to {path} in the message:\n{text}");
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex UrlPattern();
}
