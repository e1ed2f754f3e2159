using System.Text;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Decisions;

namespace BoardRoom.App.Features.Registers;

/// <summary>CSV exports of the registers; each holds only what the caller may see (the same queries as the pages).</summary>
public static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/registers").RequireAuthorization().AddEndpointFilter<RequestAuthenticationState>();
        group.MapGet("/decisions.csv", async (DecisionRegister register, string? text, DecisionMethod? method, int? year) =>
            Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(await register.CsvAsync(new DecisionQuery(text, null, year, method)))).ToArray(),
                "text/csv; charset=utf-8", "decisions.csv"));
        group.MapGet("/actions.csv", async (ActionRegister register, bool? mine, bool? overdue, bool? open, string? owner, Nation? nation, string? text) =>
            Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(await register.CsvAsync(
                new ActionQuery(mine ?? false, overdue ?? false, open ?? false, owner, nation, null, text)))).ToArray(),
                "text/csv; charset=utf-8", "actions.csv"));
        return endpoints;
    }
}
