namespace BoardRoom.Core.Notifications;

/// <summary>Where an outbox message is: waiting (also between retries), being sent under a lease, sent, or given up.</summary>
public enum DeliveryStatus
{
    Queued,
    Sending,
    Sent,
    Failed,
}
