using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// A minutes document open on this server: its sequencer, and the gate under which its messages are sent, so every
/// connection receives a document's joins, operations and acknowledgements in revision order.
/// </summary>
public sealed class OpenDocument(DocumentSequencer sequencer) : IDisposable
{
    public DocumentSequencer Sequencer { get; } = sequencer;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Dispose()
    {
        Sequencer.Dispose();
        Gate.Dispose();
    }
}
