namespace BoardRoom.Benchmarks;

/// <summary>The BoardRoom half of one board-day run at one M (ShareDB's figures sit beside it in <see cref="BoardDayRow"/>).</summary>
internal sealed record BoardDayResult(
    int Meetings, int CircuitsAsked, int CircuitsStarted, int CircuitsLiveAtEnd, string? CircuitLoss, int HubConnections, int HubJoined,
    LatencySummary EditSeen, long Edits, LatencySummary CommandSeen, LatencySummary Click, int CommandsFailed, string? FirstCommandFailure,
    ServerFigures Server, double LoadCpuCores, string LoadBefore, string LoadAfter, int EditErrors, string? FirstEditError);
