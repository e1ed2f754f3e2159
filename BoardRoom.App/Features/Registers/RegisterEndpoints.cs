using System.Text;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Decisions;

namespace BoardRoom.App.Features.Registers;

/// <summary>
/// CSV exports of the registers; each holds only what the caller may see (the same queries as the pages). Filters
/// arrive as text so that an empty one means "no filter" rather than failing to bind (see <see cref="RegisterFilter"/>).
/// </summary>
public static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A filter the caller wrote wrong (a DomainRuleException) is answered 400 by RefusalExceptionHandler.
        var group = endpoints.MapGroup("/api/registers").RequireAuthorization().AddEndpointFilter<RequestAuthenticationState>();
        group.MapGet("/decisions.csv", async (DecisionRegister register, string? text, string? method, string? year) =>
        {
            var query = new DecisionQuery(RegisterFilter.Text(text), null, RegisterFilter.Number(year, "year"), RegisterFilter.Choice<DecisionMethod>(method, "method"));
            return CsvFile(await register.CsvAsync(query), "decisions.csv");
        });
        group.MapGet("/actions.csv", async (ActionRegister register, string? mine, string? overdue, string? open, string? owner, string? nation, string? text) =>
        {
            var query = new ActionQuery(RegisterFilter.Flag(mine, "mine"), RegisterFilter.Flag(overdue, "overdue"), RegisterFilter.Flag(open, "open"),
                RegisterFilter.Text(owner), RegisterFilter.Choice<Nation>(nation, "nation"), null, RegisterFilter.Text(text));
            return CsvFile(await register.CsvAsync(query), "actions.csv");
        });
        return endpoints;
    }

    private static IResult CsvFile(string csv, string name) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", name);
}
