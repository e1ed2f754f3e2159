using System.Collections.Concurrent;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.App.Features.Minutes;

/// <summary>The minutes documents open on this server: the registry's sequencer for each, plus its message gate.</summary>
public sealed class MinutesDocuments(DocumentSequencerRegistry sequencers)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    public async Task<OpenDocument> GetAsync(Guid documentId)
    {
        var sequencer = await sequencers.GetAsync(documentId);
        return new OpenDocument(sequencer, _gates.GetOrAdd(documentId, _ => new SemaphoreSlim(1, 1)));
    }
}
