using BoardRoom.App.Features.Access;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Common;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Registers;

/// <summary>
/// Capture from the minutes editor: select text → record it as a decision or an action of that item. JSON posts with
/// the page's antiforgery token; the registers check on the server that the caller may edit this board's minutes.
/// </summary>
public static class CaptureEndpoints
{
    public sealed record DecisionCapture(string? Text, DecisionMethod Method, int VotesFor, int VotesAgainst, int Abstentions);

    public sealed record ActionCapture(string? Description, string? OwnerPersonId, string? OwnerOrganisation, string? Measure, DateOnly? DueOn);

    public static IEndpointRouteBuilder MapCaptureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/meetings/{meetingId:guid}/items/{itemId:guid}")
            .RequireAuthorization()
            .AddEndpointFilter<RequestAuthenticationState>()
            .AddEndpointFilter<BoardRoom.App.Features.Minutes.WithdrawnFromItemFilter>()
            // Refusals (403/404) and broken rules (400) are answered by RefusalExceptionHandler.
            .RequirePageToken();

        group.MapPost("/decisions", async (Guid meetingId, Guid itemId, DecisionCapture body, DecisionRegister register) =>
        {
            var reference = await register.RecordAsync(new MeetingId(meetingId), new AgendaItemId(itemId),
                body.Text ?? string.Empty, body.Method, body.VotesFor, body.VotesAgainst, body.Abstentions);
            return Results.Ok(new { reference });
        });

        group.MapPost("/actions", async (Guid meetingId, Guid itemId, ActionCapture body, ActionRegister register) =>
        {
            PersonId? owner = PersonId.TryParse(body.OwnerPersonId, out var id) ? id : null;
            var due = body.DueOn ?? throw new DomainRuleException("An action needs a due date.");
            var reference = await register.AgreeAsync(new MeetingId(meetingId), new AgendaItemId(itemId),
                body.Description ?? string.Empty, owner, body.OwnerOrganisation ?? string.Empty, body.Measure ?? string.Empty, due);
            return Results.Ok(new { reference });
        });
        return endpoints;
    }
}
