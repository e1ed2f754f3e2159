namespace BoardRoom.App.Features.Minutes;

/// <summary>A refusal with a machine-readable code (see docs/collaboration-protocol.md) and a message for people.</summary>
public sealed class MinutesAccessDeniedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
