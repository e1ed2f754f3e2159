using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Email;

/// <summary>Runs <see cref="ActionReminders"/> at start-up and then every <see cref="EmailOptions.ReminderInterval"/>.</summary>
public sealed class ActionReminderScheduler(ActionReminders reminders, IOptions<EmailOptions> options, ILogger<ActionReminderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await reminders.QueueDueAsync(stoppingToken);
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
