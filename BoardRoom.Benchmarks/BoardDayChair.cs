using System.Diagnostics;

namespace BoardRoom.Benchmarks;

/// <summary>
/// The chair of one meeting, on its run page (<c>/meetings/{id}/run</c>) in its own circuit: every
/// <see cref="BoardDayShape.CommandEverySeconds"/> s a real click, alternately "Next item" (timed until every other
/// participant's meeting page shows the new current item) and one of the attendance register's buttons.
/// </summary>
internal sealed class BoardDayChair(BlazorCircuitClient circuit, BoardDayMeetings.Created meeting, BoardDayTally tally)
{
    private int _current;
    private volatile BoardDayCommandWatch? _watch;

    /// <summary>Called by each participant's circuit (index 0..18) for every render batch it receives.</summary>
    public void OnParticipantBatch(int index, RenderBatchReader batch, long at)
    {
        if (_watch is { } watch && watch.Seen(index, at, batch) is { } ms && watch.Measured)
        {
            tally.CommandSeen(ms);
        }
    }

    public async Task RunAsync(int seed, CancellationToken stop)
    {
        var random = new Random(seed);
        try
        {
            await Task.Delay(random.Next((int)(BoardDayShape.CommandEverySeconds * 1000)), stop);
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                if (circuit.IsLive)
                {
                    await (turn % 2 == 0 ? NextItemAsync() : MarkAttendanceAsync(random));
                }
                await Task.Delay(TimeSpan.FromSeconds(BoardDayShape.CommandEverySeconds), stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private async Task NextItemAsync()
    {
        if (_current + 1 >= meeting.BannerTexts.Count || circuit.Handlers.Find("next-item") is not { } handler)
        {
            tally.CommandSkipped();
            return;
        }
        var measured = tally.Measuring;
        var sent = Stopwatch.GetTimestamp();
        _watch = new BoardDayCommandWatch(meeting.BannerTexts[_current + 1], sent, BoardDayShape.Participants - 1, measured);
        if (await ClickAsync(handler, measured, sent))
        {
            _current++;
        }
    }

    private async Task MarkAttendanceAsync(Random random)
    {
        var buttons = circuit.Handlers.FindAll("status:");
        if (buttons.Count == 0)
        {
            tally.CommandSkipped();
            return;
        }
        await ClickAsync(buttons[random.Next(buttons.Count)], tally.Measuring, Stopwatch.GetTimestamp());
    }

    private async Task<bool> ClickAsync(ulong handler, bool measured, long sent)
    {
        try
        {
            await circuit.ClickAsync(handler);
            if (measured)
            {
                tally.Click(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
        {
            tally.CommandFailed(e);
            return false;
        }
    }
}
