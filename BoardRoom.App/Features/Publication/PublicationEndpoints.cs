using System.Security.Claims;
using System.Text;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Forum;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.People;
using BoardRoom.Publishing.Word;

namespace BoardRoom.App.Features.Publication;

/// <summary>
/// PDF and Word downloads and the Atom feed. Each Word route sits beside its PDF route and goes through the same
/// access path (the same service call with the format changed), so the two can never answer differently. Forum files are public and served exactly as stored at publication; members'
/// files (drafts, full versions) check the signed-in person's role on the board on every request.
/// </summary>
public static class PublicationEndpoints
{
    public static IEndpointRouteBuilder MapPublicationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/forum/{slug}/minutes/{number:int}/v{version:int}.pdf", async (string slug, int number, int version, ForumDirectory forum) =>
                await forum.PdfAsync(slug, number, version) is { } pdf
                    ? Results.File(pdf, "application/pdf", $"{slug}-minutes-{number}-v{version}.pdf")
                    : Results.NotFound())
            .AllowAnonymous();

        endpoints.MapGet("/forum/{slug}/minutes/{number:int}/v{version:int}.docx", async (string slug, int number, int version, ForumDirectory forum) =>
                await forum.DocxAsync(slug, number, version) is { } docx
                    ? Results.File(docx, WordRenderer.ContentType, $"{slug}-minutes-{number}-v{version}.docx")
                    : Results.NotFound())
            .AllowAnonymous();

        endpoints.MapGet("/forum/feed.atom", async (HttpContext http, ForumDirectory forum) =>
            {
                var baseAddress = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
                var feed = AtomFeed.Build(baseAddress, await forum.FeedAsync());
                return Results.Text(feed.Declaration + "\n" + feed.Root, "application/atom+xml; charset=utf-8", Encoding.UTF8);
            })
            .AllowAnonymous();

        // A member's PDF of the minutes as they now are (a draft until published): "full" or "public".
        endpoints.MapGet("/publication/{meetingId}/current/{which}.pdf", (string meetingId, string which, ClaimsPrincipal user, MinutesPublisher publisher, CancellationToken ct) =>
                MemberFileAsync(meetingId, which, user, (id, person, version) => publisher.RenderCurrentPdfAsync(id, person, version, ct)!, "draft", MinutesFileFormat.Pdf))
            .RequireAuthorization();

        endpoints.MapGet("/publication/{meetingId}/current/{which}.docx", (string meetingId, string which, ClaimsPrincipal user, MinutesPublisher publisher, CancellationToken ct) =>
                MemberFileAsync(meetingId, which, user, (id, person, version) => publisher.RenderCurrentDocxAsync(id, person, version, ct)!, "draft", MinutesFileFormat.Word))
            .RequireAuthorization();

        // A member's copy of a published version, as stored: the full one only for those who may read reserved business.
        endpoints.MapGet("/publication/{meetingId}/v{version:int}/{which}.pdf", (string meetingId, int version, string which, ClaimsPrincipal user, MinutesPublisher publisher, CancellationToken ct) =>
                MemberFileAsync(meetingId, which, user, (id, person, kind) => publisher.PublishedPdfAsync(id, person, version, kind, ct), $"v{version}", MinutesFileFormat.Pdf))
            .RequireAuthorization();

        endpoints.MapGet("/publication/{meetingId}/v{version:int}/{which}.docx", (string meetingId, int version, string which, ClaimsPrincipal user, MinutesPublisher publisher, CancellationToken ct) =>
                MemberFileAsync(meetingId, which, user, (id, person, kind) => publisher.PublishedDocxAsync(id, person, version, kind, ct), $"v{version}", MinutesFileFormat.Word))
            .RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> MemberFileAsync(string meetingId, string which, ClaimsPrincipal user,
        Func<MeetingId, PersonId, RecordVersion, Task<byte[]?>> read, string label, MinutesFileFormat format)
    {
        if (!MeetingId.TryParse(meetingId, out var id) || !TryVersion(which, out var version))
        {
            return Results.NotFound();
        }
        if (!PersonId.TryParse(user.FindFirst(BoardRoomClaims.PersonId)?.Value, out var personId))
        {
            return Results.Unauthorized();
        }
        // A refusal (AccessDeniedException) is answered 403/404 by RefusalExceptionHandler.
        var file = await read(id, personId, version);
        return file is null ? Results.NotFound()
            : format == MinutesFileFormat.Word ? Results.File(file, WordRenderer.ContentType, $"minutes-{label}-{which}.docx")
            : Results.File(file, "application/pdf", $"minutes-{label}-{which}.pdf");
    }

    private static bool TryVersion(string which, out RecordVersion version)
    {
        version = which == "full" ? RecordVersion.Full : RecordVersion.Public;
        return which is "full" or "public";
    }
}
