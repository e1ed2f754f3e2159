using Microsoft.AspNetCore.Diagnostics;

namespace BoardRoom.App.Hosting;

/// <summary>
/// A request the app cannot read (malformed JSON, a value of the wrong type) is the caller's mistake: answer it with
/// a plain problem description and its status, never a stack trace, in every environment.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        logger.LogInformation("Refused an unreadable request to {Path}: {Reason}", httpContext.Request.Path, bad.Message);
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request could not be read.", Detail = bad.Message },
            Exception = exception,
        });
    }
}
