namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// A refusal with a machine-readable code (<see cref="HubErrorCodes"/>) and a message for people. The hub's own errors
/// are all of this type: <see cref="MinutesHubFilter"/> turns them into the client's HubException, so an expected
/// refusal is never logged as a failure with a stack trace.
/// </summary>
public sealed class MinutesAccessDeniedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
