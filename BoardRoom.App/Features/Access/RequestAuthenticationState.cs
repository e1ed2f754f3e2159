using Microsoft.AspNetCore.Components.Authorization;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// Gives plain HTTP endpoints (CSV exports, capture APIs) the same <see cref="CurrentPerson"/> as pages: Blazor's
/// authentication state is set from the request's user before the endpoint runs.
/// </summary>
public sealed class RequestAuthenticationState : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.RequestServices.GetService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
        }
        return next(context);
    }
}
