namespace BoardRoom.Benchmarks;

/// <summary>One line of the board-day table: BoardRoom at M meetings and ShareDB on the same edit workload (null when it did not run).</summary>
internal sealed record BoardDayRow(BoardDayResult BoardRoom, HubLoadResult? ShareDb);
