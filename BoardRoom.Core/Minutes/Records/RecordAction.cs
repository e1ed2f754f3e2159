namespace BoardRoom.Core.Minutes.Records;

/// <summary>An action agreed on an item: what, who, how success is measured, by when.</summary>
public sealed record RecordAction(string Reference, string Description, string Owner, string Measure, DateOnly DueOn);
