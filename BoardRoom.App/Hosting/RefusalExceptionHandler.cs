using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace BoardRoom.App.Hosting;

/// <summary>
/// The one place where an endpoint's refusal becomes an HTTP answer: a right the caller lacks
/// (<see cref="AccessDeniedException"/>, or a minutes section's <see cref="MinutesAccessDeniedException"/>) is 403, or 404 for what they may not know exists; a rule of the domain they
/// broke (<see cref="DomainRuleException"/>) is 400. Both carry the message written for the person, as a problem
/// description, and are logged as information (a refusal is not a fault). Endpoints let these exceptions through.
/// </summary>
public sealed class RefusalExceptionHandler(IProblemDetailsService problems, ILogger<RefusalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            AccessDeniedException denied => (denied.StatusCode, denied.Outcome == AccessOutcome.NotFound ? "Not found." : "Not allowed."),
            MinutesAccessDeniedException minutes when minutes.Code == HubErrorCodes.NotFound => (StatusCodes.Status404NotFound, "Not found."),
            MinutesAccessDeniedException => (StatusCodes.Status403Forbidden, "Not allowed."),
            DomainRuleException => (StatusCodes.Status400BadRequest, "The request breaks a rule."),
            _ => (0, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }
        logger.LogInformation("Refused {Method} {Path} with {Status}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, status, exception.Message);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message },
            Exception = exception,
        });
    }
}
