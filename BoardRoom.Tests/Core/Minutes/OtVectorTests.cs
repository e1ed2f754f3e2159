using System.Text.Json;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.Core.Minutes;

/// <summary>testdata/ot-vectors.json, the cases the JavaScript twin runs too.</summary>
public sealed class OtVectorTests
{
    private static readonly Lazy<JsonDocument> Vectors = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.TestData("ot-vectors.json"))));

    public static TheoryData<string> Names(string section)
    {
        var data = new TheoryData<string>();
        foreach (var item in Vectors.Value.RootElement.GetProperty(section).EnumerateArray())
        {
            data.Add(item.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Names), "apply")]
    public void ApplyVector_GivesTheExpectedText(string name)
    {
        var v = Case("apply", name);
        var op = TextOperation.Parse(v.GetProperty("op"));
        var doc = v.GetProperty("doc").GetString()!;
        var expected = v.GetProperty("result").GetString()!;

        Assert.Equal(expected, op.Apply(doc));
        var text = new MinutesText(doc);
        text.Apply(op);
        Assert.Equal(expected, text.ToString());
        Assert.Equal(op, TextOperation.Parse(op.ToJson()));
    }

    [Theory]
    [MemberData(nameof(Names), "normalise")]
    public void NormaliseVector_ParsesToTheNormalForm(string name)
    {
        var v = Case("normalise", name);
        var op = TextOperation.Parse(v.GetProperty("op"));
        Assert.Equal(TextOperation.Parse(v.GetProperty("normalised")), op);
        Assert.Equal(Canonical(v.GetProperty("normalised")), op.ToJson());
    }

    [Theory]
    [MemberData(nameof(Names), "compose")]
    public void ComposeVector_GivesTheExpectedOperation(string name)
    {
        var v = Case("compose", name);
        var doc = v.GetProperty("doc").GetString()!;
        var a = TextOperation.Parse(v.GetProperty("a"));
        var b = TextOperation.Parse(v.GetProperty("b"));
        var composed = TextOperation.Compose(a, b);

        Assert.Equal(TextOperation.Parse(v.GetProperty("composed")), composed);
        Assert.Equal(b.Apply(a.Apply(doc)), composed.Apply(doc));
    }

    [Theory]
    [MemberData(nameof(Names), "transform")]
    public void TransformVector_GivesTheExpectedPairAndConverges(string name)
    {
        var v = Case("transform", name);
        var doc = v.GetProperty("doc").GetString()!;
        var left = TextOperation.Parse(v.GetProperty("left"));
        var right = TextOperation.Parse(v.GetProperty("right"));
        var (leftPrime, rightPrime) = TextOperation.Transform(left, right);

        Assert.Equal(TextOperation.Parse(v.GetProperty("leftPrime")), leftPrime);
        Assert.Equal(TextOperation.Parse(v.GetProperty("rightPrime")), rightPrime);
        var expected = v.GetProperty("result").GetString()!;
        Assert.Equal(expected, rightPrime.Apply(left.Apply(doc)));
        Assert.Equal(expected, leftPrime.Apply(right.Apply(doc)));
    }

    [Theory]
    [MemberData(nameof(Names), "transformIndex")]
    public void TransformIndexVector_MovesTheCaretAsExpected(string name)
    {
        var v = Case("transformIndex", name);
        var op = TextOperation.Parse(v.GetProperty("op"));
        var moved = op.TransformIndex(v.GetProperty("index").GetInt32(), v.GetProperty("own").GetBoolean());
        Assert.Equal(v.GetProperty("expected").GetInt32(), moved);
    }

    [Theory]
    [MemberData(nameof(Names), "invert")]
    public void InvertVector_UndoesTheOperation(string name)
    {
        var v = Case("invert", name);
        var doc = v.GetProperty("doc").GetString()!;
        var op = TextOperation.Parse(v.GetProperty("op"));
        var inverse = op.Invert(doc);

        Assert.Equal(TextOperation.Parse(v.GetProperty("inverse")), inverse);
        Assert.Equal(doc, inverse.Apply(op.Apply(doc)));
    }

    [Theory]
    [MemberData(nameof(Names), "invalid")]
    public void InvalidVector_IsRejectedWithItsCodeAndChangesNothing(string name)
    {
        var v = Case("invalid", name);
        var doc = v.GetProperty("doc").GetString()!;
        var text = new MinutesText(doc);

        var error = Assert.Throws<OperationRejectedException>(() =>
        {
            var op = TextOperation.Parse(v.GetProperty("op").GetRawText());
            op.Apply(doc);
            text.Apply(op);
        });

        Assert.Equal(v.GetProperty("error").GetString(), error.Code);
        Assert.Equal(doc, text.ToString());
    }

    private static JsonElement Case(string section, string name)
        => Vectors.Value.RootElement.GetProperty(section).EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

    private static string Canonical(JsonElement element) => TextOperation.Parse(element).ToJson();
}
