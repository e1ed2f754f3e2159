using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// A minutes document open on this server: its sequencer, and the gate under which its messages are sent, so every
/// connection receives a document's joins, operations and acknowledgements in revision order.
/// </summary>
public sealed record OpenDocument(DocumentSequencer Sequencer, SemaphoreSlim Gate);
