using System.Globalization;

namespace BoardRoom.Benchmarks;

/// <summary>The chaos benchmark's figures over all cycles, and its verdict.</summary>
public sealed class ChaosTally
{
    private readonly List<double> _restartMs = [];
    private readonly List<double> _rejoinMs = [];

    public int Cycles { get; private set; }

    public int FailedCycles { get; set; }

    /// <summary>Why the run stopped early: a bounded wait ran out.</summary>
    public string? Stalled { get; set; }

    public long AckChecks { get; private set; }

    public int AcksAtEnd { get; private set; }

    public long FinalRevision { get; private set; }

    public int Losses { get; private set; }

    public int Duplicates { get; private set; }

    public int Misplaced { get; private set; }

    public int Unacknowledged { get; private set; }

    public int ReplicaMismatches { get; private set; }

    public int LogFaults { get; private set; }

    /// <summary>Cycles whose op log was replayed from revision 1 and compared with the served text.</summary>
    public int Replayed { get; private set; }

    /// <summary>Cycles whose killed node had editors on it (single node: every cycle), and those editors in all.</summary>
    public int CyclesWithEditorsMoved { get; private set; }

    public int EditorsMoved { get; private set; }

    /// <summary>Rejoins the editors made to fill a revision missing for 3 s (two nodes only).</summary>
    public int GapRejoins { get; set; }

    public void Add(OpLogAudit audit, int replicaMismatches, double restartMs, double? rejoinMs, int editorsOnKilledNode)
    {
        Cycles++;
        CyclesWithEditorsMoved += editorsOnKilledNode > 0 ? 1 : 0;
        EditorsMoved += editorsOnKilledNode;
        AckChecks += audit.AcksChecked;
        AcksAtEnd = audit.AcksChecked;
        FinalRevision = audit.HeadRevision;
        Losses += audit.Losses;
        Duplicates += audit.Duplicates;
        Misplaced += audit.Misplaced;
        Unacknowledged += audit.Unacknowledged;
        Replayed += audit.ReplaysToServerText is null ? 0 : 1;
        LogFaults += audit.Contiguous && audit.ReplaysToServerText != false ? 0 : 1;
        ReplicaMismatches += replicaMismatches;
        _restartMs.Add(restartMs);
        if (rejoinMs is { } rejoin)
        {
            _rejoinMs.Add(rejoin);
        }
    }

    public bool Passed(ChaosLedger ledger) =>
        Cycles > 0 && Stalled is null && FailedCycles == 0 && Losses == 0 && Duplicates == 0 && Misplaced == 0
        && ReplicaMismatches == 0 && LogFaults == 0 && ledger.Failures == 0 && ledger.ConflictingAcks == 0;

    public void Print(TextWriter output, ChaosLedger ledger, TimeSpan elapsed, string command)
    {
        string N(double v) => v.ToString("N0", CultureInfo.InvariantCulture);
        string MeanMax(List<double> v) => v.Count == 0 ? "-" : $"{N(v.Average())} / {N(v.Max())}";
        output.WriteLine();
        (string Metric, string Value)[] rows =
        [
            ("cycles (kill -9 + restart)", N(Cycles)),
            ("edits typed / submissions sent (re-sends included)", $"{N(ledger.Edits)} / {N(ledger.Submissions)}"),
            ("edits acknowledged (distinct) / final revision", $"{N(AcksAtEnd)} / {N(FinalRevision)}"),
            ("acks learnt on rejoin (stored, ack lost in the kill) / duplicate acks of re-sends", $"{N(ledger.AcksOnRejoin)} / {N(ledger.DuplicateAcks)}"),
            ("acks checked against the op log (all acks so far, after every cycle)", N(AckChecks)),
            ("**losses** (acked, not in the log)", $"**{Losses}**"),
            ("**duplicates** (in the log more than once)", $"**{Duplicates}**"),
            ("acked at another revision than stored / logged but never acked", $"{Misplaced} / {Unacknowledged}"),
            ("**replica mismatches** (text or revision ≠ fresh join)", $"**{ReplicaMismatches}**"),
            ("op-log faults (gap in revisions, replay ≠ served text) / cycles replayed from revision 1", $"{LogFaults} / {Replayed}"),
            ("server refusals / conflicting acks", $"{ledger.Failures} / {ledger.ConflictingAcks}"),
            ("kill → app listening again, mean / max ms", MeanMax(_restartMs)),
            ("cycles whose killed node had editors / editors reconnected in all", $"{N(CyclesWithEditorsMoved)} / {N(EditorsMoved)}"),
            ("kill → its editors all rejoined, mean / max ms", MeanMax(_rejoinMs)),
            ("rejoins to fill a missing revision (gap watch, two nodes)", N(GapRejoins)),
            ("wall time", $"{elapsed.TotalMinutes.ToString("F1", CultureInfo.InvariantCulture)} min"),
        ];
        output.WriteLine("| metric | value |");
        output.WriteLine("|---|---:|");
        foreach (var (metric, value) in rows)
        {
            output.WriteLine($"| {metric} | {value} |");
        }
        output.WriteLine();
        output.WriteLine($"command: `{command}`");
        if (ledger.FirstFailure is not null)
        {
            output.WriteLine($"first refusal: {ledger.FirstFailure}");
        }
        if (Stalled is not null)
        {
            output.WriteLine($"stalled: {Stalled}");
        }
        output.WriteLine(Passed(ledger) ? "chaos: PASS (no loss, no duplicate, every replica equal to the server)" : "chaos: FAIL");
    }
}
