using BoardRoom.Core.Minutes.Ot;
using CsCheck;

namespace BoardRoom.Tests.Core.Minutes;

public sealed class TextAnchorTests
{
    private const long Iterations = 2000;

    [Fact]
    public void TypingAboveTheAnchor_MovesItWithTheText()
    {
        const string doc = "Budget approved. Risks noted.";
        var anchor = new TextAnchor(17, 29); // "Risks noted."
        var above = TextOperation.Insert(doc.Length, 0, "Item 4. ");

        var moved = anchor.Through(above);

        Assert.Equal("Risks noted.", above.Apply(doc)[moved.Start..moved.End]);
    }

    [Fact]
    public void TypingAtEitherEdge_StaysOutside_AndTypingInside_JoinsTheRange()
    {
        const string doc = "abcdef";
        var anchor = new TextAnchor(2, 4); // "cd"

        Assert.Equal(new TextAnchor(3, 5), anchor.Through(TextOperation.Insert(6, 2, "X")));
        Assert.Equal(new TextAnchor(2, 4), anchor.Through(TextOperation.Insert(6, 4, "X")));
        Assert.Equal(new TextAnchor(2, 5), anchor.Through(TextOperation.Insert(6, 3, "X")));
        Assert.Equal("cXd", TextOperation.Insert(6, 3, "X").Apply(doc)[2..5]);
    }

    [Fact]
    public void DeletingTheAnchoredText_CollapsesTheAnchor_AndItStaysCollapsed()
    {
        var anchor = new TextAnchor(2, 4).Through(TextOperation.Delete(6, 1, 4));
        Assert.True(anchor.IsCollapsed);
        Assert.Equal(1, anchor.Start);

        var typedThere = anchor.Through(TextOperation.Insert(2, 1, "new words"));
        Assert.True(typedThere.IsCollapsed);
    }

    [Fact]
    public void ASelectionOutsideTheText_OrEmpty_IsRefused()
    {
        Assert.Throws<BoardRoom.Core.Common.DomainRuleException>(() => TextAnchor.Select(3, 3, 10));
        Assert.Throws<BoardRoom.Core.Common.DomainRuleException>(() => TextAnchor.Select(-1, 3, 10));
        Assert.Throws<BoardRoom.Core.Common.DomainRuleException>(() => TextAnchor.Select(4, 11, 10));
    }

    /// <summary>
    /// The property the review depends on. Every character carries an identity; rounds of two members' concurrent edits
    /// are sequenced as the server does (one first, the other transformed over it) and the anchor goes through the log.
    /// Then every original character of the range still in the text is inside the anchor, every other original character
    /// is outside it, and the anchor never leaves the text.
    /// </summary>
    [Fact]
    public void UnderConcurrentEdits_TheAnchorKeepsExactlyTheCharactersItWasOn()
    {
        Gen.Select(Gen.Int[1, 30], Gen.Int, Gen.Int[1, 8]).Sample((size, seed, rounds) =>
        {
            var random = new Random(seed);
            var doc = TaggedText.Of(RandomEdits.Text(random, size));
            if (doc.Length == 0)
            {
                return;
            }
            var start = random.Next(doc.Length);
            var end = start + 1 + random.Next(doc.Length - start);
            var inside = doc.Tags[start..end].ToHashSet();
            var original = doc.Tags.ToHashSet();
            var anchor = new TextAnchor(start, end);
            for (var round = 0; round < rounds; round++)
            {
                var text = doc.Text;
                var mine = RandomEdits.Operation(random, text);
                var theirs = RandomEdits.Operation(random, text);
                var (_, theirsAfterMine) = TextOperation.Transform(mine, theirs);
                foreach (var sequenced in new[] { mine, theirsAfterMine })
                {
                    doc = doc.Apply(sequenced);
                    anchor = anchor.Through(sequenced);
                }
            }

            Assert.InRange(anchor.Start, 0, doc.Length);
            Assert.InRange(anchor.End, anchor.Start, doc.Length);
            for (var i = 0; i < doc.Length; i++)
            {
                var tag = doc.Tags[i];
                var inAnchor = i >= anchor.Start && i < anchor.End;
                if (inside.Contains(tag))
                {
                    Assert.True(inAnchor, $"Anchored character {i} fell outside [{anchor.Start}, {anchor.End}).");
                }
                else if (original.Contains(tag))
                {
                    Assert.False(inAnchor, $"Character {i}, outside the range at first, is inside [{anchor.Start}, {anchor.End}).");
                }
            }
        }, iter: Iterations);
    }
}
