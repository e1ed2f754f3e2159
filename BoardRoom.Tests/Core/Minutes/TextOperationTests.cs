using System.Text.Json;
using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Tests.Core.Minutes;

public sealed class TextOperationTests
{
    [Fact]
    public void ConcurrentInsertsAtSamePosition_ConvergeOnBothSites()
    {
        const string doc = "Minutes";
        var sequencedFirst = TextOperation.Insert(doc.Length, 0, "Draft ");
        var concurrent = TextOperation.Insert(doc.Length, 0, "Board ");

        var (firstPrime, concurrentPrime) = TextOperation.Transform(sequencedFirst, concurrent);

        Assert.Equal("Draft Board Minutes", concurrentPrime.Apply(sequencedFirst.Apply(doc)));
        Assert.Equal("Draft Board Minutes", firstPrime.Apply(concurrent.Apply(doc)));
    }

    [Fact]
    public void Selection_FollowsTheTextAroundItThroughAnotherMembersEdit()
    {
        // "Action: Alice to circulate" with "Alice" selected; someone inserts "the paper " before "to".
        var op = TextOperation.Insert(26, 14, "the paper ");

        Assert.Equal((8, 13), op.TransformSelection(8, 13));
        Assert.Equal((24, 8), TextOperation.Delete(26, 0, 2).TransformSelection(26, 10));
    }

    [Fact]
    public void Operation_TravelsInsideMessagesAsOtJson()
    {
        var message = new { Revision = 3L, Op = TextOperation.Parse("[2,\"\\ud83d\\ude00\",-1,4]") };

        var json = JsonSerializer.Serialize(message);
        var back = JsonSerializer.Deserialize<JsonElement>(json).GetProperty("Op");

        Assert.Equal(message.Op, TextOperation.Parse(back));
        // System.Text.Json escapes characters outside the BMP; JSON.parse reads the escapes back as the same pair.
        Assert.Equal("[2,\"\\uD83D\\uDE00\",-1,4]", message.Op.ToJson());
        Assert.Equal(message.Op, JsonSerializer.Deserialize<TextOperation>("[2,\"\\ud83d\\ude00\",-1,4]"));
    }

    [Fact]
    public void MalformedJsonText_IsRejectedAsMalformed()
    {
        var error = Assert.Throws<OperationRejectedException>(() => TextOperation.Parse("[1,"));

        Assert.Equal(OperationRejectionReason.Malformed, error.Reason);
    }

    [Theory]
    [InlineData(3, 4, 0, "x", OperationRejectionReason.OutOfRange)]
    [InlineData(3, 2, 2, "", OperationRejectionReason.OutOfRange)]
    [InlineData(3, -1, 0, "x", OperationRejectionReason.OutOfRange)]
    [InlineData(3, 0, -1, "x", OperationRejectionReason.InvalidLength)]
    public void PositionalBuilder_RejectsEditsThatDoNotFit(int length, int position, int delete, string text, OperationRejectionReason reason)
    {
        var error = Assert.Throws<OperationRejectedException>(() => TextOperation.Replace(length, position, delete, text));

        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void PositionalBuilder_RejectsALoneSurrogate()
    {
        // Not an InlineData case: attribute strings cannot carry a lone surrogate intact.
        var error = Assert.Throws<OperationRejectedException>(() => TextOperation.Insert(3, 0, "\ud83d"));

        Assert.Equal(OperationRejectionReason.LoneSurrogate, error.Reason);
    }

    [Fact]
    public void PositionalFastPath_RejectsASplitPairAndChangesNothing()
    {
        var text = new MinutesText("a\ud83d\ude00b");

        var error = Assert.Throws<OperationRejectedException>(() => text.ApplyEdit(2, 0, "x"));
        var range = Assert.Throws<OperationRejectedException>(() => text.ApplyEdit(3, 2, string.Empty));

        Assert.Equal(OperationRejectionReason.SplitsSurrogatePair, error.Reason);
        Assert.Equal(OperationRejectionReason.OutOfRange, range.Reason);
        Assert.Equal("a\ud83d\ude00b", text.ToString());
    }

    [Fact]
    public void GapBuffer_KeepsLargeTextsIntactThroughFarApartEdits()
    {
        var expected = new string('x', 100_000);
        var text = new MinutesText(expected);
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var position = random.Next(expected.Length + 1);
            var delete = Math.Min(random.Next(3), expected.Length - position);
            var insert = random.Next(2) == 0 ? "ab" : string.Empty;
            expected = expected.Remove(position, delete).Insert(position, insert);
            text.ApplyEdit(position, delete, insert);
        }

        Assert.Equal(expected, text.ToString());
        Assert.Equal(expected.Substring(50_000, 10), text.Substring(50_000, 10));
    }
}
