using System.Text.RegularExpressions;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>The server is killed (no graceful shutdown) while members type, then started again on the same data.</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed partial class MinutesDurabilityTests
{
    [Fact]
    public async Task KillingTheServerMidTyping_LosesNoAcknowledgedEdit_AndResentEditsApplyExactlyOnce()
    {
        await using var server = await AppServer.StartAsync();
        var section = (await ServerDatabase.SectionsAsync(server, "uk-rare-diseases"))[0].Id;
        var a = await LiveMinutesClient.ConnectAsync(server, "aisha.rahman@rdfb.example", "a");
        var b = await LiveMinutesClient.ConnectAsync(server, "helen.marsh@rdfb.example", "b");
        await a.JoinAsync(section);
        await b.JoinAsync(section);

        // First batch: typed and acknowledged before the crash.
        for (var i = 0; i < 20; i++)
        {
            a.Insert(int.MaxValue, $"<a{i}>");
            b.Insert(0, $"<b{i}>");
        }
        await a.WaitUntilSettledAsync();
        await b.WaitUntilSettledAsync();
        // Second batch: typed right before the crash; some of it is acknowledged, some is still in flight.
        for (var i = 20; i < 40; i++)
        {
            a.Insert(int.MaxValue, $"<a{i}>");
        }
        await server.KillAsync();
        await a.DropAsync();
        await b.DropAsync();

        await server.RestartAsync();

        await using var reader = await LiveMinutesClient.ConnectAsync(server, "priya.raman@rdfb.example", "reader");
        var afterRestart = await reader.JoinAsync(section);
        for (var i = 0; i < 20; i++)
        {
            Assert.Contains($"<a{i}>", afterRestart.Text);
            Assert.Contains($"<b{i}>", afterRestart.Text);
        }
        Assert.Equal((afterRestart.Text, afterRestart.Revision), await ServerDatabase.ReplayLogAsync(server, section));

        // The typist comes back: rejoins from its revision and re-sends what was not acknowledged.
        await a.StartAsync(server.BaseAddress);
        await a.JoinAsync(section);
        await a.WaitUntilSettledAsync();
        await reader.WaitForRevisionAsync(a.Revision);

        Assert.Equal(a.Text, reader.Text);
        var tokens = Token().Matches(reader.Text).Select(m => m.Value).ToList();
        Assert.Equal(60, tokens.Count);
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        await a.DisposeAsync();
        await b.DisposeAsync();
    }

    [GeneratedRegex("<[ab][0-9]+>")]
    private static partial Regex Token();
}
