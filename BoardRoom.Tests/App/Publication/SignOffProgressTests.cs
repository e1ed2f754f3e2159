using BoardRoom.App.Features.Publication;

namespace BoardRoom.Tests.App.Publication;

public sealed class SignOffProgressTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WhenOneCoChairHasSigned_ItNamesWhoSignedAndWhoIsAwaited()
    {
        var text = SignOffProgress.Describe([new("Helen Marsh", "Permanent co-chair", At, "abc", true), new("Fiona MacLeod", "Rotating co-chair", null, null, false)]);

        Assert.Equal("Signed by Helen Marsh; waiting for Fiona MacLeod to sign.", text);
        Assert.DoesNotContain("the co-chairs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASignatureOverAnOlderText_DoesNotCountAsSigned()
    {
        var text = SignOffProgress.Describe([new("Helen Marsh", "Permanent co-chair", At, "old", false), new("Fiona MacLeod", "Rotating co-chair", null, null, false)]);

        Assert.Equal("Waiting for Helen Marsh and Fiona MacLeod to sign.", text);
    }
}
