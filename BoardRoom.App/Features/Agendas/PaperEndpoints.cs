using System.Security.Claims;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Hosting;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Agendas;

public static class PaperEndpoints
{
    /// <summary>GET /papers/{id}: the paper as an attachment, for members allowed to see its item.</summary>
    public static IEndpointRouteBuilder MapPaperEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/papers/{id:guid}", async (Guid id, ClaimsPrincipal user, AgendaPapers papers, HttpContext http) =>
        {
            if (!PersonId.TryParse(user.FindFirst(BoardRoomClaims.PersonId)?.Value, out var personId))
            {
                return Results.Forbid();
            }
            var access = await papers.OpenAsync(personId, id);
            if (!access.IsAllowed)
            {
                return access.Outcome == AccessOutcome.NotFound
                    ? Results.Problem(access.Message, statusCode: StatusCodes.Status404NotFound)
                    : Results.Problem(access.Message, statusCode: StatusCodes.Status403Forbidden);
            }
            var paper = access.Value!;
            // Never let a browser guess a type and run an upload as a page.
            http.Response.Headers.XContentTypeOptions = "nosniff";
            SecurityHeaders.UsePolicy(http, "sandbox");
            return Results.File(paper.Content, paper.ContentType, paper.FileName);
        }).RequireAuthorization();
        return endpoints;
    }
}
