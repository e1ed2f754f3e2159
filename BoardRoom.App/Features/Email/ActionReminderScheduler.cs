using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// Runs <see cref="ActionReminders"/>, the secretariat's <see cref="OverdueDigest"/> and the <see cref="DailyDigests"/>
/// once the app has started and then
/// every <see cref="EmailOptions.ReminderInterval"/>.
/// Not before the start: until Kestrel has bound its port, the address links would be made from is not known yet.
/// </summary>
public sealed class ActionReminderScheduler(
    ActionReminders reminders, OverdueDigest overdue, DailyDigests digests, IOptions<EmailOptions> options, IHostApplicationLifetime lifetime, ILogger<ActionReminderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await reminders.QueueDueAsync(stoppingToken);
                await overdue.QueueDueAsync(stoppingToken);
                await digests.QueueDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Action reminders could not be queued; the next round tries again.");
            }
            try
            {
                await Task.Delay(options.Value.ReminderInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
