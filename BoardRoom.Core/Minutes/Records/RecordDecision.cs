namespace BoardRoom.Core.Minutes.Records;

/// <summary>A decision taken on an item, e.g. D-2026-07, "By consensus".</summary>
public sealed record RecordDecision(string Reference, string Text, string HowDecided);
