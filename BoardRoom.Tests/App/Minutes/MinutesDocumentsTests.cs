using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Tests.App.Minutes;

public sealed class MinutesDocumentsTests
{
    private static readonly Guid Document = Guid.NewGuid();

    [Fact]
    public async Task ADocumentStaysOpenWhileAnyoneIsIn_AndIsReopenedFromTheLogAfterTheLastLeaves()
    {
        var log = new InMemoryOperationLog();
        using var registry = new DocumentSequencerRegistry(log);
        var documents = new MinutesDocuments(registry);

        documents.Enter(Document, "a");
        documents.Enter(Document, "b");
        var first = await documents.GetAsync(Document);
        await first.SubmitAsync(new Submission("client-a", 1, 0, TextOperation.Insert(0, 0, "Kept."), "author-a"));

        documents.Leave(Document, "a");
        Assert.Same(first, await documents.GetAsync(Document));
        Assert.Equal(1, documents.OpenCount);

        documents.Leave(Document, "b");
        Assert.Equal(0, documents.OpenCount);
        var reopened = await documents.GetAsync(Document);
        Assert.NotSame(first, reopened);
        Assert.Equal("Kept.", (await reopened.GetStateAsync()).Text);
    }

    [Fact]
    public async Task LeavingTwice_OrLeavingADocumentNeverEntered_ClosesNothingElse()
    {
        using var registry = new DocumentSequencerRegistry(new InMemoryOperationLog());
        var documents = new MinutesDocuments(registry);
        documents.Enter(Document, "a");
        documents.Enter(Document, "b");
        var open = await documents.GetAsync(Document);

        documents.Leave(Document, "a");
        documents.Leave(Document, "a");
        documents.Leave(Guid.NewGuid(), "b");

        Assert.Same(open, await documents.GetAsync(Document));
    }
}
