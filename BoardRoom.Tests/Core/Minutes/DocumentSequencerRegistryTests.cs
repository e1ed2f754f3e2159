using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Tests.Core.Minutes;

public sealed class DocumentSequencerRegistryTests
{
    [Fact]
    public async Task ConcurrentFirstCalls_ShareOneSequencerPerDocument()
    {
        using var registry = new DocumentSequencerRegistry(new InMemoryOperationLog());
        var id = Guid.NewGuid();

        var sequencers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => registry.GetAsync(id))));

        Assert.All(sequencers, s => Assert.Same(sequencers[0], s));
        Assert.NotSame(sequencers[0], await registry.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task EvictedDocument_IsReopenedFromTheLogWithNothingLost()
    {
        using var registry = new DocumentSequencerRegistry(new InMemoryOperationLog());
        var id = Guid.NewGuid();
        var first = await registry.GetAsync(id);
        await first.SubmitAsync(new Submission("c", 1, 0, TextOperation.Insert(0, 0, "kept"), "alice"));

        Assert.True(registry.Evict(id));
        var reopened = await registry.GetAsync(id);

        Assert.NotSame(first, reopened);
        Assert.Equal(new DocumentState(id, 1, "kept"), await reopened.GetStateAsync());
    }

    [Fact]
    public async Task FailedOpen_IsRetriedOnTheNextCall()
    {
        var log = new FailingOnceLog();
        using var registry = new DocumentSequencerRegistry(log);
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<IOException>(() => registry.GetAsync(id));
        var sequencer = await registry.GetAsync(id);

        Assert.Equal(0, sequencer.Revision);
    }

    private sealed class FailingOnceLog : IOperationLog
    {
        private readonly InMemoryOperationLog _inner = new();
        private int _loads;

        public Task<StoredDocument> LoadAsync(Guid documentId, CancellationToken cancellationToken = default)
            => Interlocked.Increment(ref _loads) == 1 ? Task.FromException<StoredDocument>(new IOException("database down")) : _inner.LoadAsync(documentId, cancellationToken);

        public Task<IReadOnlyList<OperationRecord>> GetOperationsSinceAsync(Guid documentId, long revision, CancellationToken cancellationToken = default)
            => _inner.GetOperationsSinceAsync(documentId, revision, cancellationToken);

        public Task<AppendResult> TryAppendAsync(OperationRecord record, CancellationToken cancellationToken = default)
            => _inner.TryAppendAsync(record, cancellationToken);

        public Task<OperationRecord?> FindByClientAsync(Guid documentId, string clientId, long clientSeq, CancellationToken cancellationToken = default)
            => _inner.FindByClientAsync(documentId, clientId, clientSeq, cancellationToken);

        public Task SaveSnapshotAsync(DocumentSnapshot snapshot, CancellationToken cancellationToken = default)
            => _inner.SaveSnapshotAsync(snapshot, cancellationToken);
    }
}
