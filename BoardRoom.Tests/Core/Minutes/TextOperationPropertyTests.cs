using BoardRoom.Core.Minutes.Ot;
using CsCheck;

namespace BoardRoom.Tests.Core.Minutes;

public sealed class TextOperationPropertyTests
{
    private const long Iterations = 3000;

    private static readonly Gen<(string Doc, int Seed)> DocAndSeed =
        Gen.Select(Gen.Int[0, 30], Gen.Int, (size, seed) => (RandomEdits.Text(new Random(seed ^ size), size), seed));

    [Fact]
    public void ConcurrentOperations_ConvergeWhenTransformed()
    {
        DocAndSeed.Sample((doc, seed) =>
        {
            var random = new Random(seed);
            var left = RandomEdits.Operation(random, doc);
            var right = RandomEdits.Operation(random, doc);
            var (leftPrime, rightPrime) = TextOperation.Transform(left, right);

            Assert.Equal(rightPrime.Apply(left.Apply(doc)), leftPrime.Apply(right.Apply(doc)));
            Assert.Equal(TextOperation.Compose(left, rightPrime).Apply(doc), TextOperation.Compose(right, leftPrime).Apply(doc));
        }, iter: Iterations);
    }

    [Fact]
    public void ComposedOperation_AppliesLikeTheTwoInTurn()
    {
        DocAndSeed.Sample((doc, seed) =>
        {
            var random = new Random(seed);
            var a = RandomEdits.Operation(random, doc);
            var afterA = a.Apply(doc);
            var b = RandomEdits.Operation(random, afterA);
            var afterB = b.Apply(afterA);
            var c = RandomEdits.Operation(random, afterB);

            Assert.Equal(afterB, TextOperation.Compose(a, b).Apply(doc));
            Assert.Equal(
                TextOperation.Compose(TextOperation.Compose(a, b), c),
                TextOperation.Compose(a, TextOperation.Compose(b, c)));
        }, iter: Iterations);
    }

    [Fact]
    public void InvertedOperation_RestoresTheDocument()
    {
        DocAndSeed.Sample((doc, seed) =>
        {
            var op = RandomEdits.Operation(new Random(seed), doc);
            var after = op.Apply(doc);
            var inverse = op.Invert(doc);

            Assert.Equal(doc, inverse.Apply(after));
            Assert.Equal(doc, TextOperation.Compose(op, inverse).Apply(doc));
        }, iter: Iterations);
    }

    [Fact]
    public void WireFormat_RoundTrips()
    {
        DocAndSeed.Sample((doc, seed) =>
        {
            var op = RandomEdits.Operation(new Random(seed), doc);
            Assert.Equal(op, TextOperation.Parse(op.ToJson()));
        }, iter: Iterations);
    }

    [Fact]
    public void TransformedCaret_StaysInRangeInOrderAndBesideTheSameCharacter()
    {
        DocAndSeed.Sample((doc, seed) =>
        {
            var op = RandomEdits.Operation(new Random(seed), doc);
            var after = op.Apply(doc);
            var retained = RetainedPositions(op);
            var previous = 0;
            for (var i = 0; i <= doc.Length; i++)
            {
                var other = op.TransformIndex(i);
                var own = op.TransformIndex(i, isOwnOperation: true);
                Assert.InRange(other, previous, after.Length);
                Assert.True(other <= own);
                if (retained.Contains(i))
                {
                    // A caret before a kept character is still right before it once the owner's inserts are passed.
                    Assert.Equal(doc[i], after[own]);
                }
                previous = other;
            }
        }, iter: 1000);
    }

    [Fact]
    public void MinutesText_AppliesLikeStrings()
    {
        DocAndSeed.Sample((doc, seed) =>
        {
            var random = new Random(seed);
            var text = new MinutesText(doc);
            var expected = doc;
            for (var i = 0; i < 20; i++)
            {
                var op = random.Next(2) == 0 ? RandomEdits.Operation(random, expected) : RandomEdits.Edit(random, expected);
                expected = op.Apply(expected);
                text.Apply(op);
                Assert.Equal(expected.Length, text.Length);
            }
            Assert.Equal(expected, text.ToString());
        }, iter: 1000);
    }

    private static HashSet<int> RetainedPositions(TextOperation op)
    {
        var result = new HashSet<int>();
        var position = 0;
        foreach (var c in op.Components)
        {
            if (c.IsRetain)
            {
                for (var i = 0; i < c.Length; i++)
                {
                    result.Add(position + i);
                }
            }
            if (!c.IsInsert)
            {
                position += c.Length;
            }
        }
        return result;
    }
}
