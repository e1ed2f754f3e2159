using System.Security.Cryptography;

namespace BoardRoom.App.Hosting;

/// <summary>
/// Security headers on every response (docs/security.md). The Content-Security-Policy allows scripts only from the
/// app itself, plus Blazor's one inline import map through a per-request nonce (<see cref="NonceOf"/>); styles may be
/// inline because MudBlazor and CodeMirror set style attributes and style elements at run time. Framing is refused.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "boardroom:csp-nonce";
    private const string PolicyKey = "boardroom:csp";

    /// <summary>This request's script nonce, for the page's inline import map.</summary>
    public static string NonceOf(HttpContext context) =>
        (string)(context.Items[NonceKey] ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));

    /// <summary>
    /// Sends <paramref name="policy"/> instead of the app's policy on this response (a paper download: "sandbox").
    /// Setting the header directly would not last: the policy is written as the response starts, over whatever is there
    /// (Blazor's own <c>frame-ancestors 'self'</c> included).
    /// </summary>
    public static void UsePolicy(HttpContext context, string policy) => context.Items[PolicyKey] = policy;

    public static string PolicyFor(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Items[PolicyKey] as string ?? PolicyFor(NonceOf(context));
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
