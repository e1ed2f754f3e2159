using System.Diagnostics;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static BoardRoom.Tests.Support.HubCalls;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>
/// Floods of joins and edits against the real app, each on a server of its own with the limits the test needs, so the
/// outcome does not depend on how fast this machine is.
/// </summary>
public sealed class MinutesHubLimitsTests
{
    private static async Task<(AppServer Server, Guid Section)> StartAsync(Dictionary<string, string> settings)
    {
        var server = await AppServer.StartAsync(settings: settings.ToDictionary(kv => $"BoardRoom__Minutes__{kv.Key}", kv => kv.Value));
        return (server, (await ServerDatabase.SectionsAsync(server, "uk-rare-diseases"))[0].Id);
    }

    private static async Task WriteLinesAsync(LiveMinutesClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            client.Insert(int.MaxValue, $"Line {i} of the minutes, long enough to weigh something in a catch-up.\n");
            await client.WaitUntilSettledAsync();
        }
    }

    [Fact]
    public async Task ALongCatchUp_IsAnsweredWithTheText_AndAShortOneWithTheOperations()
    {
        var (server, section) = await StartAsync(new() { ["CatchUpMaxOperations"] = "20" });
        await using var _ = server;
        await using var writer = await LiveMinutesClient.ConnectAsync(server, "helen.marsh@rdfb.example");
        await writer.JoinAsync(section);
        await WriteLinesAsync(writer, 25);
        await using var reader = await LiveMinutesClient.ConnectAsync(server, "aisha.rahman@rdfb.example");

        var joins = new List<Joined>();
        reader.Connection.On<Joined>("Joined", joins.Add);
        await reader.Connection.InvokeAsync("JoinSection", new JoinRequest(section, 0));
        await reader.Connection.InvokeAsync("JoinSection", new JoinRequest(section, writer.Revision - 5));
        await WaitForAsync(() => joins.Count == 2);

        Assert.Null(joins[0].Operations);
        Assert.Equal(writer.Text, joins[0].Text);
        Assert.Equal(writer.Revision, joins[0].Revision);
        Assert.False(joins[0].More);
        Assert.Null(joins[1].Text);
        Assert.Equal(5, joins[1].Operations!.Count);
    }

    [Fact]
    public async Task ALongCatchUpWithEditsPending_ComesInPagesOfOperations()
    {
        var (server, section) = await StartAsync(new() { ["CatchUpMaxOperations"] = "20" });
        await using var _ = server;
        await using var writer = await LiveMinutesClient.ConnectAsync(server, "helen.marsh@rdfb.example");
        var start = (await writer.JoinAsync(section)).Revision;
        await WriteLinesAsync(writer, 25);
        await using var reader = await LiveMinutesClient.ConnectAsync(server, "aisha.rahman@rdfb.example");
        var joins = new List<Joined>();
        reader.Connection.On<Joined>("Joined", joins.Add);

        await reader.Connection.InvokeAsync("JoinSection", new JoinRequest(section, start, Pending: true));
        await WaitForAsync(() => joins.Count == 1);
        await reader.Connection.InvokeAsync("JoinSection", new JoinRequest(section, joins[0].Revision, Pending: true));
        await WaitForAsync(() => joins.Count == 2);

        Assert.True(joins[0].More);
        Assert.Null(joins[0].Text);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => start + i), joins[0].Operations!.Select(o => o.Revision));
        Assert.Equal(start + 20, joins[0].Revision);
        Assert.False(joins[1].More);
        Assert.Equal(Enumerable.Range(21, 5).Select(i => start + i), joins[1].Operations!.Select(o => o.Revision));
        Assert.Equal(writer.Revision, joins[1].Revision);
    }

    [Fact]
    public async Task Joins_AreRateLimited()
    {
        var (server, section) = await StartAsync(new() { ["JoinBurst"] = "5", ["JoinsPerSecond"] = "0.1" });
        await using var _ = server;
        await using var a = await LiveMinutesClient.ConnectAsync(server, "aisha.rahman@rdfb.example");
        var limited = 0;

        for (var i = 0; i < 12; i++)
        {
            try
            {
                await a.Connection.InvokeAsync("JoinSection", new JoinRequest(section, null));
            }
            catch (HubException e) when (CodeOf(e) == "rate-limited")
            {
                limited++;
            }
        }

        Assert.InRange(limited, 6, 7);
    }

    [Fact]
    public async Task JoinsQueuedByAClosedConnection_DoNotKeepTheServerBusy()
    {
        var (server, section) = await StartAsync(new() { ["SubmitBurst"] = "1000", ["SubmitsPerSecond"] = "1000" });
        await using var _ = server;
        await using var writer = await LiveMinutesClient.ConnectAsync(server, "helen.marsh@rdfb.example");
        await writer.JoinAsync(section);
        await WriteLinesAsync(writer, 300);
        await using var flooder = await LiveMinutesClient.ConnectAsync(server, "aisha.rahman@rdfb.example");
        var flooderId = (await flooder.JoinAsync(section)).You.ParticipantId;

        for (var i = 0; i < 300; i++)
        {
            await flooder.Connection.SendAsync("JoinSection", new JoinRequest(section, 0));
        }
        await flooder.DropAsync();
        var closed = Stopwatch.StartNew();
        await WaitForAsync(() => writer.LeavesSeen.Any(l => l.ParticipantId == flooderId), seconds: 60);

        Assert.True(closed.Elapsed < TimeSpan.FromSeconds(3), $"The server took {closed.Elapsed.TotalSeconds:N1} s to let go of a closed connection.");
        Assert.True(writer.PresenceSeen.Count(p => p.Participant.ParticipantId == flooderId) <= 31);
    }

    [Fact]
    public async Task AConnectionThatKeepsExceedingItsLimit_IsDisconnected_WithOneWarningAndNoStackTrace()
    {
        var (server, section) = await StartAsync(new()
        {
            ["SubmitBurst"] = "2",
            ["SubmitsPerSecond"] = "0.1",
            ["RefusalsBeforeDisconnect"] = "5",
            ["RefusalWindowSeconds"] = "60",
        });
        await using var _ = server;
        await using var a = await LiveMinutesClient.ConnectAsync(server, "aisha.rahman@rdfb.example");
        var joined = await a.JoinAsync(section);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        a.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        var refused = 0;

        for (var i = 0; i < 20 && !closed.Task.IsCompleted; i++)
        {
            try
            {
                await a.SubmitRawAsync(joined.Revision, Json($"[\"{i};\"]"), i, clientId: "flood");
            }
            catch (HubException e) when (CodeOf(e) == "rate-limited")
            {
                refused++;
            }
            catch (Exception e) when (e is not HubException)
            {
                break; // the server closed the connection
            }
        }

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // The fifth refusal closes the connection, which may beat its reply to the client.
        Assert.InRange(refused, 4, 6);
        await Task.Delay(300); // the log is read from the app's output
        var warnings = server.Output.Split('\n').Where(l => l.Contains("rate-limited", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 1, server.Output);
        Assert.DoesNotContain("   at ", server.Output, StringComparison.Ordinal);
    }
}
