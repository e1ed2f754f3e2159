using BoardRoom.App.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BoardRoom.App.Hosting;

/// <summary>What a newcomer needs on the console: where the app is, where its data lives, and how to sign in.</summary>
public static class StartupBanner
{
    /// <summary>Tests read the address from this line; keep its shape.</summary>
    public const string ListeningPrefix = "BoardRoom is running at ";

    public static void Print(WebApplication app, BoardRoomOptions options, string dataDirectory)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string> { string.Empty };
        lines.AddRange(addresses.Select(a => ListeningPrefix + a));
        lines.Add($"Data folder: {dataDirectory}");
        if (options.SeedDemoData)
        {
            lines.Add($"Demo logins (password for all: {options.DemoPassword}):");
            lines.AddRange(DemoSeeder.Accounts.Select(a => $"  {a.Email,-32} {a.FullName,-16} {a.Role}"));
        }
        lines.Add(string.Empty);
        Console.Out.WriteLine(string.Join(Environment.NewLine, lines));
        Console.Out.Flush();
    }
}
