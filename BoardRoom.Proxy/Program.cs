using BoardRoom.Proxy;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;

var builder = WebApplication.CreateBuilder(args);
var (routes, clusters) = ProxyConfiguration.FromConfiguration(builder.Configuration);
var proxy = builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
if (builder.Configuration.GetValue<bool>($"{ProxyConfiguration.Section}:NodeHeader"))
{
    // Opt-in, for tests and for an operator checking stickiness: which node answered, by its name ("a", "b").
    proxy.AddTransforms(context => context.AddResponseTransform(transform =>
    {
        var destination = transform.HttpContext.Features.Get<IReverseProxyFeature>()?.ProxiedDestination;
        if (destination is not null)
        {
            transform.HttpContext.Response.Headers[ProxyConfiguration.NodeHeader] = destination.DestinationId;
        }
        return ValueTask.CompletedTask;
    }));
}

var app = builder.Build();
app.MapReverseProxy();

app.Lifetime.ApplicationStarted.Register(() =>
{
    // Scripts and tests read the address (a port of 0 is chosen by the OS) from this line.
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    var nodes = string.Join(", ", clusters[0].Destinations!.Select(d => $"{d.Key} = {d.Value.Address}"));
    Console.WriteLine($"BoardRoom proxy is running at {addresses.FirstOrDefault()} (nodes: {nodes})");
});

await app.RunAsync();
