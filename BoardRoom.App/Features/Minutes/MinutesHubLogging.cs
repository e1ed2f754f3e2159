namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// SignalR logs every exception of a hub call as an error with its stack trace, refusals included; a flood of refused
/// calls would fill the log. Its dispatcher's category is silenced; <see cref="MinutesHubFilter"/> logs refusals (one
/// line per connection per window) and real failures (with the stack trace) instead. Blazor's circuit hub logs its
/// own failures through the circuit, so it loses nothing.
/// </summary>
public static class MinutesHubLogging
{
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public static IServiceCollection SilenceHubDispatcherErrors(this IServiceCollection services) =>
        services.Configure<LoggerFilterOptions>(o => o.AddFilter(DispatcherCategory, LogLevel.Critical));
}
