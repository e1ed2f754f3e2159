using BoardRoom.Core.Notifications;

namespace BoardRoom.App.Features.Email;

/// <summary>A board's outbox as its secretariat sees it: newest first.</summary>
public sealed record OutboxView(string BoardName, string BoardSlug, bool SendsBySmtp, IReadOnlyList<OutboxView.Row> Messages)
{
    public sealed record Row(
        Guid Id, DateTimeOffset CreatedAt, string To, string Subject, EmailKind Kind, DeliveryStatus Status, int Attempts,
        string? LastError, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string Text, IReadOnlyList<string> Attachments);
}
