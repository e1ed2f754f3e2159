using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoardRoom.App.Features.Email;

/// <summary>After a SaveChanges that wrote outbox messages, wakes the sender (the rows are committed by then).</summary>
public sealed class OutboxSaveInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeIfQueued(eventData);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfQueued(eventData);
        return base.SavedChanges(eventData, result);
    }

    private void WakeIfQueued(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.Status == Core.Notifications.DeliveryStatus.Queued) == true)
        {
            signal.Wake();
        }
    }
}
