namespace BoardRoom.App.Features.Access;

/// <summary>
/// The one way a service says "not for you": <see cref="AccessOutcome.Forbidden"/> (403) or
/// <see cref="AccessOutcome.NotFound"/> (404, also for what the caller may not know exists). Endpoints map it to its
/// status; a rule the caller broke with data they may see is a <c>DomainRuleException</c> (400) instead.
/// </summary>
public sealed class AccessDeniedException(AccessOutcome outcome, string message) : Exception(message)
{
    public AccessOutcome Outcome { get; } = outcome;

    public int StatusCode => Outcome == AccessOutcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;

    public static AccessDeniedException Forbidden(string message) => new(AccessOutcome.Forbidden, message);

    public static AccessDeniedException NotFound(string message) => new(AccessOutcome.NotFound, message);
}
