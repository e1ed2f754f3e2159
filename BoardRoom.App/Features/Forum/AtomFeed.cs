using System.Globalization;
using System.Xml.Linq;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Features.Forum;

/// <summary>
/// The forum's Atom 1.0 feed (RFC 4287) of publications: one entry per published version, its id the publication's
/// id (urn:uuid:...), which never changes, linking to the version's page and its PDF.
/// </summary>
public static class AtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed's updated time when nothing is published yet: a fixed instant, so the feed stays the same until something is.</summary>
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static XDocument Build(Uri baseAddress, IReadOnlyList<ForumFeedEntry> entries)
    {
        var forum = new Uri(baseAddress, "/forum");
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", forum.AbsoluteUri),
            new XElement(Atom + "title", "BoardRoom forum: published minutes"),
            new XElement(Atom + "subtitle", "Signed-off minutes of public boards, as published."),
            new XElement(Atom + "updated", Instant(entries.Count > 0 ? entries.Max(e => e.PublishedAt) : Epoch)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", new Uri(baseAddress, "/forum/feed.atom").AbsoluteUri)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", forum.AbsoluteUri)),
            new XElement(Atom + "author", new XElement(Atom + "name", "BoardRoom secretariats")));
        foreach (var e in entries)
        {
            var page = new Uri(baseAddress, ForumDirectory.MinutesPath(e.BoardSlug, e.MeetingNumber, e.Version));
            var pdf = new Uri(baseAddress, ForumDirectory.PdfPath(e.BoardSlug, e.MeetingNumber, e.Version));
            var day = LondonTime.ToLocal(e.StartsAt).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            var summary = $"Minutes of {e.Title}, held on {day}. Version {e.Version}." + (e.CorrectionNote.Length > 0 ? $" Correction: {e.CorrectionNote}" : "")
                + $" SHA-256 {e.PublicSha256}.";
            feed.Add(new XElement(Atom + "entry",
                new XElement(Atom + "id", $"urn:uuid:{e.PublicationId:D}"),
                new XElement(Atom + "title", $"{e.BoardName}: minutes of {e.Title} (version {e.Version})"),
                new XElement(Atom + "updated", Instant(e.PublishedAt)),
                new XElement(Atom + "published", Instant(e.PublishedAt)),
                new XElement(Atom + "author", new XElement(Atom + "name", $"{e.BoardName} secretariat")),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", page.AbsoluteUri)),
                new XElement(Atom + "link", new XAttribute("rel", "enclosure"), new XAttribute("type", "application/pdf"), new XAttribute("href", pdf.AbsoluteUri)),
                new XElement(Atom + "summary", summary)));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
