using BoardRoom.App.Features.Access;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// For endpoints under <c>/items/{itemId}</c> that record into an item's minutes (capture of decisions and actions):
/// a member who declared an interest in the item and withdrew from it is refused (403), as the hub refuses their edits.
/// </summary>
public sealed class WithdrawnFromItemFilter(MinutesSections sections) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (Guid.TryParse(http.Request.RouteValues["itemId"]?.ToString(), out var itemId)
            && PersonId.TryParse(http.User.FindFirst(BoardRoomClaims.PersonId)?.Value, out var person)
            && await sections.IsWithdrawnAsync(person, new AgendaItemId(itemId), http.RequestAborted))
        {
            return Results.Problem("You declared an interest in this item and withdrew from it, so you take no part in its minutes.",
                statusCode: StatusCodes.Status403Forbidden, extensions: new Dictionary<string, object?> { ["code"] = HubErrorCodes.Withdrawn });
        }
        return await next(context);
    }
}
