namespace BoardRoom.Tests.Core.Minutes;

public sealed class RandomisedSessionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ClientsOnOneServerWithAHostileNetwork_AllEndEqualToTheServerAndTheLog(int batch)
    {
        var submissions = 0;
        for (var seed = batch * 250; seed < (batch + 1) * 250; seed++)
        {
            var session = new SimulatedSession(seed);
            await RunAsync(seed, () => session.RunAsync(clients: 2 + (seed % 3), servers: 1, steps: 400));
            submissions += session.Submissions;
        }
        Assert.True(submissions > 5_000, $"only {submissions} submissions were exercised");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task ClientsSpreadOverTwoServersSharingALog_AllConverge(int batch)
    {
        for (var seed = 10_000 + batch * 250; seed < 10_000 + (batch + 1) * 250; seed++)
        {
            var session = new SimulatedSession(seed);
            await RunAsync(seed, () => session.RunAsync(clients: 3, servers: 2, steps: 400, snapshotInterval: 7));
        }
    }

    private static async Task RunAsync(int seed, Func<Task<string>> run)
    {
        try
        {
            await run();
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"Session with seed {seed} diverged or failed: {ex}");
        }
    }
}
