namespace BoardRoom.Core.Minutes.Ot;

/// <summary>Surrogate-pair checks shared by operations and the server text.</summary>
internal static class Utf16
{
    /// <summary>Index of the first unpaired surrogate in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                return i;
            }
            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }
        return -1;
    }

    public static void EnsureNoLoneSurrogate(string text)
    {
        var at = IndexOfLoneSurrogate(text);
        if (at >= 0)
        {
            throw new OperationRejectedException(
                OperationRejectionReason.LoneSurrogate,
                $"Inserted text has an unpaired surrogate (U+{(int)text[at]:X4}) at offset {at}.");
        }
    }

    /// <summary>True when a cut at <paramref name="position"/> would separate a high surrogate from its low surrogate.</summary>
    public static bool SplitsPair<TText>(TText text, int position)
        where TText : ITextView
        => position > 0 && position < text.Length
           && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);
}
