namespace BoardRoom.App.Features.Registers;

/// <summary>One line of a register entry's history, as people read it: who changed what, from what to what, and why.</summary>
public sealed record HistoryRow(DateTimeOffset At, string By, string What, string From, string To, string Reason);
