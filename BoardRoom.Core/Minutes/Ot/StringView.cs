namespace BoardRoom.Core.Minutes.Ot;

internal readonly struct StringView(string text) : ITextView
{
    public int Length => text.Length;

    public char this[int index] => text[index];
}
