namespace BoardRoom.Publishing.Documents;

/// <summary>One line of a meeting header, e.g. "Date" → "Tuesday 3 June 2025".</summary>
public sealed record KeyValueEntry(string Label, string Value);
