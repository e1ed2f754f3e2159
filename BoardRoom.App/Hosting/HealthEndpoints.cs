using BoardRoom.App.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BoardRoom.App.Hosting;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database answers and, with the Redis backplane,
/// Redis is connected), for a reverse proxy's active health checks (docs/decisions/013-reverse-proxy.md). Anonymous, and
/// they say only Healthy or Unhealthy (503): no exception, host name or timing reaches the caller; failures are logged.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddBoardRoomHealthChecks(this IServiceCollection services, string? redis)
    {
        var checks = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton(new SharedRedis(redis));
            checks.AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        }
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableHttpMetrics();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous().DisableHttpMetrics();
        return endpoints;
    }

    private sealed class DatabaseHealthCheck(IDbContextFactory<BoardRoomDbContext> contexts) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }

    /// <summary>A node that cannot reach Redis would miss the other nodes' broadcasts and meeting changes, so it is not ready.</summary>
    private sealed class RedisHealthCheck(SharedRedis redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var connection = await redis.ConnectAsync();
            if (!connection.IsConnected)
            {
                return HealthCheckResult.Unhealthy("Redis is not connected.");
            }
            await connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
    }
}
