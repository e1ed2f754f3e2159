using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Calendar;

namespace BoardRoom.App.Features.Administration;

public static class PlanningEndpoints
{
    /// <summary>The planning feature's HTTP endpoints: agenda papers, the agenda's board pack PDF and calendar feeds.</summary>
    public static IEndpointRouteBuilder MapPlanningEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPaperEndpoints().MapAgendaPackEndpoints().MapCalendarEndpoints();
}
