using System.Security.Claims;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Agendas;

public static class AgendaPackEndpoints
{
    /// <summary>
    /// GET /meetings/{id}/agenda/full.pdf (reserved business included: those who may read it) and
    /// /meetings/{id}/agenda/public.pdf (any member of the board): the agenda as the board pack prints it.
    /// A refusal (<see cref="AccessDeniedException"/>) is answered 403/404 by the refusal handler.
    /// </summary>
    public static IEndpointRouteBuilder MapAgendaPackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/meetings/{meetingId}/agenda/{which}.pdf", async (string meetingId, string which, ClaimsPrincipal user, AgendaPacks packs, CancellationToken ct) =>
        {
            if (!MeetingId.TryParse(meetingId, out var id) || which is not ("full" or "public"))
            {
                return Results.NotFound();
            }
            if (!PersonId.TryParse(user.FindFirst(BoardRoomClaims.PersonId)?.Value, out var personId))
            {
                return Results.Unauthorized();
            }
            var variant = which == "full" ? AgendaPackVariant.Full : AgendaPackVariant.Public;
            var pdf = await packs.RenderPdfAsync(personId, id, variant, ct);
            return Results.File(pdf, "application/pdf", $"agenda-{id}-{which}.pdf");
        }).RequireAuthorization();
        return endpoints;
    }
}
