using System.Diagnostics;
using System.Net;

namespace BoardRoom.Benchmarks;

/// <summary>
/// The BoardRoom half of the board-day at one M: a fresh app, its meetings written beside it
/// (<see cref="BoardDayMeetings"/>), then per meeting 20 participants each with a circuit (the chair's on the run page,
/// the others' on the meeting page) and a minutes-hub connection joined to the meeting's first section, 3 of them
/// typing (<see cref="BoardDayTypist"/>) and the chair clicking (<see cref="BoardDayChair"/>); a warm-up, the measured
/// window, then everything is stopped and the app killed.
/// </summary>
internal static class BoardDayRun
{
    private const string Chair = "helen.marsh@rdfb.example";

    public static async Task<BoardDayResult> RunAsync(string dll, BoardDayShape shape, TextWriter output)
    {
        var data = Path.Combine(Path.GetTempPath(), $"boardroom-boardday-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        var loadBefore = LoadAverage.Now();
        var circuits = new List<BlazorCircuitClient>();
        var hubs = new List<MinutesLoadClient>();
        try
        {
            await using var app = await BenchmarkApp.StartAsync(dll, data);
            var watch = Stopwatch.StartNew();
            // Sign-ins hash a password: each distinct account signs in once and its cookies are shared.
            var typingAccounts = DemoAccounts.Editors.Where(e => e != Chair).ToList();
            var members = typingAccounts.Concat(DemoAccounts.Viewers).ToList();
            var cookies = new Dictionary<string, CookieContainer>();
            foreach (var email in members.Prepend(Chair))
            {
                cookies[email] = await SignInForm.SessionCookiesAsync(app.BaseAddress, email);
            }
            var meetings = await BoardDayMeetings.CreateAsync(BenchmarkDatabase.PathIn(data), shape.Meetings, shape.ItemsPerMeeting);
            output.WriteLine($"M={shape.Meetings}: {cookies.Count} accounts signed in, {meetings.Count} meetings of {shape.ItemsPerMeeting} items started in {watch.Elapsed.TotalSeconds:F1} s");

            var edits = new HubLoadRun();
            var tally = new BoardDayTally();
            var typists = new List<MinutesLoadClient>();
            var asked = shape.Meetings * BoardDayShape.Participants;
            var failures = new List<string>();
            watch.Restart();
            // Participant p of a meeting: 0 the chair, 1-3 the typists (editing accounts), the rest members and observers.
            var plan = meetings.SelectMany((m, mi) => Enumerable.Range(0, BoardDayShape.Participants).Select(p => (Meeting: m, Index: mi, Participant: p))).ToList();
            var chairCircuits = new BlazorCircuitClient?[meetings.Count];
            var participantCircuits = new List<(int Meeting, int Participant, BlazorCircuitClient Circuit)>();
            var circuitLock = new Lock();
            foreach (var chunk in plan.Chunk(shape.ConnectAtOnce))
            {
                await Task.WhenAll(chunk.Select(async slot =>
                {
                    var email = slot.Participant switch
                    {
                        0 => Chair,
                        <= BoardDayShape.Typists => typingAccounts[(slot.Participant - 1 + (slot.Index * BoardDayShape.Typists)) % typingAccounts.Count],
                        _ => members[(slot.Participant - 1 + (slot.Index * 3)) % members.Count],
                    };
                    var path = slot.Participant == 0 ? $"meetings/{slot.Meeting.MeetingId}/run" : $"meetings/{slot.Meeting.MeetingId}";
                    try
                    {
                        var circuit = await BlazorCircuitClient.StartAsync(app.BaseAddress, cookies[email], path, timeout: TimeSpan.FromSeconds(90));
                        var hub = new MinutesLoadClient(edits, $"m{slot.Index:D3}p{slot.Participant:D2}-{Guid.NewGuid():N}"[..20], cookies[email], isViewer: true);
                        await hub.ConnectAndJoinAsync(app.BaseAddress, slot.Meeting.SectionId);
                        lock (circuitLock)
                        {
                            circuits.Add(circuit);
                            hubs.Add(hub);
                            if (slot.Participant == 0)
                            {
                                chairCircuits[slot.Index] = circuit;
                            }
                            else
                            {
                                participantCircuits.Add((slot.Index, slot.Participant - 1, circuit));
                            }
                            if (slot.Participant is >= 1 and <= BoardDayShape.Typists)
                            {
                                typists.Add(hub);
                            }
                        }
                    }
                    catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TimeoutException or IOException or TaskCanceledException)
                    {
                        lock (circuitLock)
                        {
                            failures.Add($"{e.GetType().Name}: {e.Message}");
                        }
                    }
                }));
            }
            output.WriteLine($"M={shape.Meetings}: {circuits.Count} of {asked} circuits and hub connections up in {watch.Elapsed.TotalSeconds:F1} s ({shape.ConnectAtOnce} at a time)"
                + (failures.Count > 0 ? $"; {failures.Count} failed, first: {failures[0]}" : ""));
            var chairs = meetings.Select((m, i) => chairCircuits[i] is { } c ? new BoardDayChair(c, m, tally) : null).ToList();
            foreach (var (meeting, participant, circuit) in participantCircuits)
            {
                var chair = chairs[meeting];
                if (chair is not null)
                {
                    circuit.BatchReceived += (batch, at) => chair.OnParticipantBatch(participant, batch, at);
                }
            }

            var meter = ProcessMeter.Start("app", app.Process.Id);
            using var stop = new CancellationTokenSource();
            var loops = typists.Select((t, i) => Task.Run(() => BoardDayTypist.TypeAsync(t, i, stop.Token)))
                .Concat(chairs.OfType<BoardDayChair>().Select((c, i) => Task.Run(() => c.RunAsync(1000 + i, stop.Token))))
                .ToList();
            await Task.Delay(TimeSpan.FromSeconds(shape.WarmUp));
            meter.StartMeasuring();
            var selfCpuStart = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            edits.StartMeasuring();
            tally.Measuring = true;
            await Task.Delay(TimeSpan.FromSeconds(shape.Seconds));
            tally.Measuring = false;
            var measured = edits.StopMeasuring();
            meter.StopMeasuring(measured);
            var selfCpu = (Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - selfCpuStart) / measured.TotalSeconds;
            var live = circuits.Count(c => c.IsLive);
            var loss = circuits.Where(c => !c.IsLive).Select(c => c.Error).FirstOrDefault(e => e is not null);
            await stop.CancelAsync();
            await Task.WhenAll(loops);
            // Deliveries of the last measured edits may still be on their way.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var server = await meter.StopAsync();
            var loadAfter = LoadAverage.Now();
            var (commandSeen, click) = tally.Summaries();
            return new BoardDayResult(shape.Meetings, asked, circuits.Count, live, loss ?? failures.FirstOrDefault(), asked, hubs.Count(h => h.IsJoined),
                LatencySummary.Of(edits.SeenMs), edits.EditsMeasured, commandSeen, click, tally.Failed, tally.FirstFailure,
                server, selfCpu, loadBefore, loadAfter, edits.ErrorCount, edits.FirstError);
        }
        finally
        {
            await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask()).Concat(hubs.Select(h => h.DisposeAsync().AsTask())));
            AppProcess.DeleteDataDirectory(data);
        }
    }
}
