using StackExchange.Redis;

namespace BoardRoom.App.Hosting;

/// <summary>
/// The node's own connection to the deployment's Redis (<c>ConnectionStrings:Redis</c>), beside SignalR's backplane
/// connection (which is not exposed): the readiness check and the meeting-change relay share it. It never fails start-up
/// when Redis is away; it reconnects by itself.
/// </summary>
public sealed class SharedRedis(string configuration) : IDisposable
{
    /// <summary>The prefix of every channel and key BoardRoom uses, as the backplane's, so two deployments sharing a Redis never meet.</summary>
    public const string Prefix = "boardroom";

    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        return ConnectionMultiplexer.ConnectAsync(options);
    });

    public Task<ConnectionMultiplexer> ConnectAsync() => _connection.Value;

    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }
}
