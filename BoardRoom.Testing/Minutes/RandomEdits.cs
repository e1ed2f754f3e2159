using System.Text;
using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Testing.Minutes;

/// <summary>
/// Random documents and edits: for property tests and simulated sessions (emoji included so surrogate pairs get
/// exercised), and the load clients' typing (<see cref="Typing"/>).
/// </summary>
public static class RandomEdits
{
    private static readonly string[] Alphabet = ["a", "b", "c", "d", " ", "\n", "\ud83d\ude00", "\u00e9"];
    private const string Letters = "abcdefghijklmnopqrstuvwxyz ";

    public static string Text(Random random, int maxCodePoints)
    {
        var count = random.Next(maxCodePoints + 1);
        var builder = new StringBuilder(count * 2);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        return builder.ToString();
    }

    /// <summary>An operation of several components spanning <paramref name="doc"/>, never cutting a surrogate pair.</summary>
    public static TextOperation Operation(Random random, string doc)
    {
        var builder = new TextOperationBuilder();
        var position = 0;
        while (position < doc.Length)
        {
            var span = Math.Min(1 + random.Next(Math.Max(1, doc.Length / 3)), doc.Length - position);
            span = AlignEnd(doc, position, span);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(Text(random, 3));
                    break;
                case 1:
                    builder.Delete(span);
                    position += span;
                    break;
                default:
                    builder.Retain(span);
                    position += span;
                    break;
            }
        }
        if (random.Next(3) == 0)
        {
            builder.Insert(Text(random, 3));
        }
        return builder.Build();
    }

    /// <summary>One keystroke-sized edit: an insert, a delete or a replace at one place.</summary>
    public static TextOperation Edit(Random random, string doc)
    {
        var position = AlignStart(doc, random.Next(doc.Length + 1));
        var delete = random.Next(3) == 0 ? AlignEnd(doc, position, Math.Min(doc.Length - position, 1 + random.Next(4))) : 0;
        var insert = delete > 0 && random.Next(2) == 0 ? string.Empty : Text(random, 3);
        if (delete == 0 && insert.Length == 0)
        {
            insert = "x";
        }
        return TextOperation.Replace(doc.Length, position, delete, insert);
    }

    /// <summary>
    /// A load client's keystroke on an ASCII document of <paramref name="length"/> characters: 1 to 4 letters typed, or
    /// 1 to 3 deleted, so that the document stays between about 20 and 400 characters.
    /// </summary>
    public static TextOperation Typing(Random random, int length)
    {
        if (length > 400 || (length > 20 && random.NextDouble() < 0.3))
        {
            var count = 1 + random.Next(3);
            return TextOperation.Delete(length, random.Next(length - count), count);
        }
        var text = string.Create(1 + random.Next(4), random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Letters[r.Next(Letters.Length)];
            }
        });
        return TextOperation.Insert(length, random.Next(length + 1), text);
    }

    private static int AlignStart(string doc, int position)
        => position > 0 && position < doc.Length && char.IsLowSurrogate(doc[position]) ? position - 1 : position;

    private static int AlignEnd(string doc, int position, int span)
    {
        var end = position + span;
        if (end > 0 && end < doc.Length && char.IsLowSurrogate(doc[end]))
        {
            end++;
        }
        return end - position;
    }
}
