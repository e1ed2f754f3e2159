namespace BoardRoom.Core.Notifications;

/// <summary>
/// Where an outbox message is: waiting (also between retries), being sent under a lease, sent, or given up; or held
/// for a daily digest and then included in one.
/// </summary>
public enum DeliveryStatus
{
    Queued,
    Sending,
    Sent,
    Failed,

    /// <summary>Waiting for the recipient's daily digest (they chose one email a day): never sent on its own.</summary>
    Held,

    /// <summary>Included in a daily digest, which was queued in its place.</summary>
    Digested,
}
