using BoardRoom.Core.Boards;

namespace BoardRoom.App.Data;

/// <summary>
/// A member of the public who asked to be emailed when a board publishes minutes. Double opt-in: nothing is sent to
/// the address but the confirmation until its owner follows the link in it (<see cref="ConfirmedAt"/>).
/// </summary>
public sealed class ForumSubscriptionRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public BoardId BoardId { get; set; }

    /// <summary>Lower-case, trimmed; one row per board and address.</summary>
    public string Email { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ConfirmationSentAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? UnsubscribedAt { get; set; }

    public bool IsActive => ConfirmedAt is not null && UnsubscribedAt is null;
}
