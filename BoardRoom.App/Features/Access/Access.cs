namespace BoardRoom.App.Features.Access;

/// <summary>The answer of a feature service to "show me X": the value, or why not.</summary>
public sealed record Access<T>(AccessOutcome Outcome, T? Value, string Message)
{
    public bool IsAllowed => Outcome == AccessOutcome.Allowed && Value is not null;

    public static Access<T> Allowed(T value) => new(AccessOutcome.Allowed, value, string.Empty);

    public static Access<T> NotFound(string message) => new(AccessOutcome.NotFound, default, message);

    public static Access<T> Forbidden(string message) => new(AccessOutcome.Forbidden, default, message);

    /// <summary>A refusal from <see cref="BoardAccess"/> (or any service), as a page shows it.</summary>
    public static Access<T> Denied(AccessDeniedException refusal) => new(refusal.Outcome, default, refusal.Message);
}
