namespace BoardRoom.Publishing.Diff;

/// <summary>A run of text (words with the spaces and punctuation between them) of one kind.</summary>
public sealed record DiffSpan(DiffSpanKind Kind, string Text);
