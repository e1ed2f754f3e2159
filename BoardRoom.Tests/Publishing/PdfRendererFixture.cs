using BoardRoom.Publishing.Pdf;

namespace BoardRoom.Tests.Publishing;

/// <summary>One renderer for the whole test class, as the app would hold one: fonts resolved once.</summary>
public sealed class PdfRendererFixture : IDisposable
{
    public PdfRenderer Renderer { get; } = new();

    public void Dispose() => Renderer.Dispose();
}
