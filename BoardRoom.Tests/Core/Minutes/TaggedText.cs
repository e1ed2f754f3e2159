using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Tests.Core.Minutes;

/// <summary>A text whose every UTF-16 unit has an identity that edits keep (inserted units get new ones).</summary>
internal sealed record TaggedText(string Text, int[] Tags, int NextTag)
{
    public int Length => Text.Length;

    public static TaggedText Of(string text) => new(text, Enumerable.Range(0, text.Length).ToArray(), text.Length);

    public TaggedText Apply(TextOperation operation)
    {
        var tags = new List<int>();
        var next = NextTag;
        var at = 0;
        foreach (var c in operation.Components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    tags.AddRange(Tags[at..(at + c.Length)]);
                    at += c.Length;
                    break;
                case OpComponentKind.Insert:
                    for (var i = 0; i < c.Length; i++)
                    {
                        tags.Add(next++);
                    }
                    break;
                default:
                    at += c.Length;
                    break;
            }
        }
        return new TaggedText(operation.Apply(Text), tags.ToArray(), next);
    }
}
