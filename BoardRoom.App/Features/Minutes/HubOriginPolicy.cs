namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Which browser origins may open the minutes hub: the app's own (the request's scheme and host) and those listed in
/// <c>BoardRoom:AllowedOrigins</c> (e.g. the public address behind a reverse proxy). A page on any other site gets 403
/// at negotiation and at connection, so it cannot ride a member's cookie into the hub (cross-site WebSocket
/// hijacking; WebSockets are not covered by CORS). A request without an Origin is not from a browser page and is
/// allowed: signing in is still required, and the sign-in cookie is SameSite=Lax, which browsers do not send on
/// cross-site subrequests.
/// </summary>
public sealed class HubOriginPolicy(IConfiguration configuration)
{
    public const string Setting = "BoardRoom:AllowedOrigins";

    private readonly HashSet<string> _allowed = (configuration.GetSection(Setting).Get<string[]>() ?? [])
        .Where(o => !string.IsNullOrWhiteSpace(o))
        .Select(o => o.Trim().TrimEnd('/'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Allows(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origins = request.Headers.Origin;
        if (origins.Count == 0)
        {
            return true;
        }
        if (origins.Count > 1)
        {
            return false;
        }
        var origin = origins.ToString().TrimEnd('/');
        return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase) || _allowed.Contains(origin);
    }
}
