using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>The op log on a real database of the engine under test, shared by two sequencers as two servers would share it.</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class EfOperationLogTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSeededAsync();
        _services = _db.Services().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    private EfOperationLog Log() => new(_services.GetRequiredService<IDbContextFactory<BoardRoom.App.Data.BoardRoomDbContext>>());

    [Fact]
    public async Task AGroupOfRecords_IsStoredTogether_OrNotAtAll()
    {
        var document = Guid.NewGuid();
        var log = Log();
        OperationRecord Record(long revision, string client, string text) =>
            new(document, revision, "author", client, 1, TextOperation.Insert((int)revision - 1, (int)revision - 1, text), DateTimeOffset.UtcNow);

        Assert.Equal(AppendResult.Appended, await log.TryAppendAllAsync([Record(1, "a", "x"), Record(2, "b", "y"), Record(3, "c", "z")]));
        // Revision 4 is free but 3 is taken: nothing of the group is stored.
        Assert.Equal(AppendResult.RevisionConflict, await log.TryAppendAllAsync([Record(4, "d", "p"), Record(3, "e", "q")]));
        // A (client, sequence number) already stored refuses the group too.
        Assert.Equal(AppendResult.RevisionConflict, await log.TryAppendAllAsync([Record(4, "d", "p"), Record(5, "a", "q")]));

        var stored = await log.GetOperationsSinceAsync(document, 0);
        Assert.Equal([1L, 2L, 3L], stored.Select(r => r.Revision));
        Assert.Equal("xyz", stored.Aggregate(string.Empty, (text, r) => r.Operation.Apply(text)));
        Assert.Equal(AppendResult.Appended, await log.TryAppendAllAsync([Record(4, "d", "p")]));
    }

    [Fact]
    public async Task TwoSequencersOnOneDatabase_NeverAssignARevisionTwice_AndConverge()
    {
        var document = Guid.NewGuid();
        var options = new DocumentSequencerOptions { SnapshotInterval = 25 };
        using var serverA = await DocumentSequencer.OpenAsync(document, Log(), options);
        using var serverB = await DocumentSequencer.OpenAsync(document, Log(), options);

        async Task TypeAsync(DocumentSequencer server, string client, int count)
        {
            for (var seq = 0; seq < count; seq++)
            {
                var state = await server.GetStateAsync();
                var op = TextOperation.Insert(state.Text.Length, state.Text.Length, $"<{client}{seq}>");
                await server.SubmitAsync(new Submission(client, seq, state.Revision, op, "author"));
            }
        }

        await Task.WhenAll(TypeAsync(serverA, "a", 60), TypeAsync(serverB, "b", 60));
        await serverA.RefreshAsync();
        await serverB.RefreshAsync();

        await using var db = _db.Open();
        var revisions = await db.MinutesOperations.Where(o => o.DocumentId == document).Select(o => o.Revision).OrderBy(r => r).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => (long)i), revisions);
        var a = await serverA.GetStateAsync();
        var b = await serverB.GetStateAsync();
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(120, a.Revision);
        for (var i = 0; i < 60; i++)
        {
            Assert.Contains($"<a{i}>", a.Text);
            Assert.Contains($"<b{i}>", a.Text);
        }
        using var reopened = await DocumentSequencer.OpenAsync(document, Log());
        Assert.Equal(a.Text, (await reopened.GetStateAsync()).Text);
        Assert.True(await db.MinutesSnapshots.AnyAsync(s => s.DocumentId == document), "No snapshot was saved.");
    }

    [Fact]
    public async Task AppendingATakenRevisionOrARepeatedClientEdit_IsReportedNotStored()
    {
        var log = Log();
        var document = Guid.NewGuid();
        var op = TextOperation.Insert(0, 0, "x");
        var first = new OperationRecord(document, 1, "author", "client", 1, op, DateTimeOffset.UtcNow);

        Assert.Equal(AppendResult.Appended, await log.TryAppendAsync(first));
        Assert.Equal(AppendResult.RevisionConflict, await log.TryAppendAsync(first with { ClientId = "other" }));
        Assert.Equal(AppendResult.DuplicateSubmission, await log.TryAppendAsync(first with { Revision = 2 }));
        Assert.Single(await log.GetOperationsSinceAsync(document, 0));
    }

    [Fact]
    public async Task AnAppendedRecord_ReadsBackThroughTheEntityMapping_FieldForField()
    {
        var log = Log();
        var document = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 12, 1, 9, 30, 15, 123, TimeSpan.FromHours(1)).AddTicks(4567);
        var record = new OperationRecord(document, 1, "author-1", "client-a", 7, TextOperation.Insert(0, 0, "Minutes — £5 😀"), at);

        Assert.Equal(AppendResult.Appended, await log.TryAppendAsync(record));

        await using (var db = await _services.GetRequiredService<IDbContextFactory<BoardRoom.App.Data.BoardRoomDbContext>>().CreateDbContextAsync())
        {
            // Queried through EF's own mapping: the Guid must be stored in the form EF compares against.
            var row = await db.MinutesOperations.AsNoTracking().SingleAsync(o => o.DocumentId == document);
            Assert.Equal((1L, "author-1", "client-a", 7L), (row.Revision, row.AuthorId, row.ClientId, row.ClientSeq));
            Assert.Equal(at, row.Timestamp);
            Assert.Equal(at.UtcTicks, row.Timestamp.UtcTicks);
        }
        var loaded = Assert.Single((await log.LoadAsync(document)).Operations);
        Assert.Equal(record.Operation.ToJson(), loaded.Operation.ToJson());
        Assert.Equal(record with { Operation = loaded.Operation }, loaded);
    }
}
