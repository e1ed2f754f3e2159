using BoardRoom.Core.Boards;
using BoardRoom.Core.Notifications;
using BoardRoom.Core.People;

namespace BoardRoom.App.Data;

/// <summary>
/// One email, written in the same SaveChanges as the change that caused it and sent later by the outbox sender
/// (docs/decisions/011). The whole MIME message is kept, so a retry or a second sender sends exactly these bytes,
/// with the same Message-Id.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The board it is about, whose secretariat may read it on the outbox page; none for account messages.</summary>
    public BoardId? BoardId { get; set; }

    public PersonId? RecipientId { get; set; }

    public EmailKind Kind { get; set; }

    public string ToAddress { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    /// <summary>The RFC 5322 Message-Id, set before the first attempt and never changed.</summary>
    public string MessageId { get; set; } = string.Empty;

    /// <summary>The message as sent (RFC 5322 text).</summary>
    public string Mime { get; set; } = string.Empty;

    public DeliveryStatus Status { get; set; } = DeliveryStatus.Queued;

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not before this time (back-off after a failure).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The sender instance holding the lease while <see cref="Status"/> is Sending.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the lease holds; after it another sender may claim the message again.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Where the message's main link goes (absolute), for its line in a daily digest.</summary>
    public string? DigestLink { get; set; }

    /// <summary>
    /// For messages that must be queued once only (a reminder per person per meeting): a unique key, so a second
    /// instance's attempt to queue the same message fails instead of sending it twice.
    /// </summary>
    public string? DedupeKey { get; set; }
}
