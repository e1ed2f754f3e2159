using BoardRoom.App.Components.Account;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.Minutes;
using BoardRoom.App.Features.Publication;
using BoardRoom.App.Features.Registers;

namespace BoardRoom.App.Hosting;

/// <summary>
/// Every address the app answers, mapped in one place, and <c>dotnet BoardRoom.App.dll routes</c> to list them
/// (method and template, one a line), which the authorization matrix test reads so that no route goes without a rule.
/// </summary>
public static class RouteTable
{
    public const string Command = "routes";

    public static WebApplication MapBoardRoomEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapMinutesEndpoints();
        app.MapRegisterEndpoints();
        app.MapCaptureEndpoints();
        app.MapPlanningEndpoints();
        app.MapPublicationEndpoints();
        app.MapEmailEndpoints();
        app.MapHealthEndpoints();
        return app;
    }

    /// <summary>The app's own routes (static files and framework endpoints left out), e.g. "GET /meetings/{Id}".</summary>
    public static IReadOnlyList<string> Describe(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])} {e.RoutePattern.RawText}")
            .Where(line => !line.Contains("/_framework/", StringComparison.Ordinal) && !line.Contains("/_blazor", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToList();
}
