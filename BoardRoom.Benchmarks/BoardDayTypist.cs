namespace BoardRoom.Benchmarks;

/// <summary>
/// A member typing at a human pace through its <see cref="MinutesLoadClient"/>: bursts of 4 to 16 keystrokes 200 to
/// 300 ms apart, then a pause of 0.3 to 1.3 s; on average 10 keystrokes every 3.3 s, about 3 edits/s.
/// </summary>
internal static class BoardDayTypist
{
    public static async Task TypeAsync(MinutesLoadClient client, int seed, CancellationToken stop)
    {
        var random = new Random(seed);
        try
        {
            // Typists do not start in step.
            await Task.Delay(random.Next(1000), stop);
            while (!stop.IsCancellationRequested)
            {
                var burst = 4 + random.Next(13);
                for (var k = 0; k < burst && !stop.IsCancellationRequested; k++)
                {
                    if (client.IsJoined)
                    {
                        client.MakeRandomEdit(random);
                    }
                    await Task.Delay(200 + random.Next(101), stop);
                }
                await Task.Delay(300 + random.Next(1001), stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
