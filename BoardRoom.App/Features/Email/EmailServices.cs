using BoardRoom.App.Hosting;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Email;

/// <summary>Registrations for email: the composer, the outbox sender and how it delivers.</summary>
public static class EmailServices
{
    public static IServiceCollection AddBoardRoomEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSaveInterceptor>();
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<Forum.ForumSubscriptions>();
        services.AddSingleton<Notifications>();
        services.AddSingleton<IMailDelivery>(sp =>
        {
            var email = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
            if (email.UsesSmtp)
            {
                return new SmtpDelivery(sp.GetRequiredService<IOptions<EmailOptions>>());
            }
            var app = sp.GetRequiredService<IOptions<BoardRoomOptions>>().Value;
            var contentRoot = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            return new OutboxFolderDelivery(Path.Combine(app.ResolveDataDirectory(contentRoot), "outbox"));
        });
        services.AddHostedService<OutboxSender>();
        services.AddScoped<OutboxReader>();
        services.AddScoped<Unsubscriptions>();
        services.AddScoped<EmailPreferences>();
        services.AddSingleton<ActionUpdateLinks>();
        services.AddSingleton<ActionReminders>();
        services.AddSingleton<OverdueDigest>();
        services.AddSingleton<DailyDigests>();
        services.AddHostedService<ActionReminderScheduler>();
        services.AddScoped<ActionUpdates>();
        return services;
    }
}
