using BoardRoom.App.Data;
using BoardRoom.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// Sends the outbox (docs/decisions/011). Each message is claimed with one conditional UPDATE that only succeeds
/// while the message is due and unclaimed (or its lease has run out), so of any number of app instances on one
/// database exactly one holds it; it is delivered, then marked sent at once under the same claim. A failure
/// releases the claim with a back-off; a sender that dies mid-send leaves a lease that expires, and the message is
/// claimed again, with the same Message-Id.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<BoardRoomDbContext> dbFactory,
    IMailDelivery delivery,
    OutboxSignal signal,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int Batch = 20;

    /// <summary>This sender's name on the rows it claims: unique per process.</summary>
    public string InstanceId { get; } = NewInstanceId();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            try
            {
                sent = await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database was busy or gone for a moment: the next round tries again.
                logger.LogWarning(e, "The outbox could not be read; trying again shortly.");
                sent = 0;
            }
            if (sent == 0)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One round: claims and sends what is due now; returns how many this instance handled.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await Due(db.OutboxMessages, now).OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        }
        var handled = 0;
        foreach (var id in due)
        {
            if (await TryClaimAsync(id, cancellationToken))
            {
                await SendClaimedAsync(id, cancellationToken);
                handled++;
            }
        }
        return handled;
    }

    private static string NewInstanceId()
    {
        var id = $"{Guid.NewGuid():N}/{Environment.ProcessId}@{Environment.MachineName}";
        return id.Length > 100 ? id[..100] : id;
    }

    private static IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages, DateTimeOffset now) =>
        messages.Where(m => (m.Status == DeliveryStatus.Queued && m.NextAttemptAt <= now)
            || (m.Status == DeliveryStatus.Sending && m.ClaimedUntil < now));

    /// <summary>The claim: one UPDATE whose WHERE repeats the "due" test, so only one instance's UPDATE matches.</summary>
    private async Task<bool> TryClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.Lease;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await Due(db.OutboxMessages.Where(m => m.Id == id), now).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, DeliveryStatus.Sending)
            .SetProperty(m => m.ClaimedBy, InstanceId)
            .SetProperty(m => m.ClaimedUntil, until)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        return claimed == 1;
    }

    private async Task SendClaimedAsync(Guid id, CancellationToken cancellationToken)
    {
        OutboxMessage message;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        }
        try
        {
            await delivery.DeliverAsync(id, EmailComposer.Parse(message.Mime), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await ReleaseAsync(message, e);
            return;
        }
        // At once, and not cancellable: the window in which a crash would send this message again is this update.
        await using (var db = await dbFactory.CreateDbContextAsync(CancellationToken.None))
        {
            var now = clock.GetUtcNow();
            var marked = await db.OutboxMessages.Where(m => m.Id == id && m.ClaimedBy == InstanceId).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, DeliveryStatus.Sent)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
            if (marked == 0)
            {
                logger.LogWarning("Outbox message {Id} was sent after its lease ran out; another sender may send it again.", id);
            }
        }
    }

    private async Task ReleaseAsync(OutboxMessage message, Exception error)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var schedule = new RetrySchedule(settings.FirstRetry, TimeSpan.FromHours(1), settings.MaxAttempts);
        var attempts = message.Attempts;
        var next = schedule.NextAttempt(Math.Max(1, attempts), now);
        var text = $"{error.GetType().Name}: {error.Message}";
        text = text.Length > 2000 ? text[..2000] : text;
        logger.LogWarning("Sending outbox message {Id} (attempt {Attempts}) failed: {Error}", message.Id, attempts, text);
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimedBy == InstanceId).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, next is null ? DeliveryStatus.Failed : DeliveryStatus.Queued)
            .SetProperty(m => m.NextAttemptAt, next ?? now)
            .SetProperty(m => m.LastError, text)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }
}
