using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoardRoom.App.Features.Search;

/// <summary>
/// Keeps the search index in step with every change the app saves, in the same SaveChanges and so the same
/// transaction: a meeting, agenda item, decision, action or paper added, changed in a field search reads
/// (<see cref="SearchDocuments.IndexedProperties"/>) or removed updates its <see cref="SearchEntryRow"/>, and the engine's
/// full-text index follows that row (FTS5 triggers, PostgreSQL's generated column). No command has to remember to;
/// a change that is rolled back leaves the index as it was. Removing a meeting or an item removes its entries by a
/// cascade in the database. Minutes text is not a column; <see cref="MinutesSearchIndexer"/> indexes it.
/// </summary>
/// <remarks>
/// Registered on the app's context factory (<c>AddBoardRoomPersistence</c>), so every context the app uses has it.
/// A context opened outside the app (<c>DatabaseProvider.Open</c>: operators' tools, tests) does not, and its writes
/// reach the index at the next rebuild.
/// </remarks>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    public static readonly SearchIndexInterceptor Instance = new();

    private SearchIndexInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is BoardRoomDbContext db && Collect(db.ChangeTracker) is { Count: > 0 } changes)
        {
            var keys = changes.Select(c => c.SourceId).Distinct().ToList();
            Apply(db, changes, db.SearchEntries.Where(e => keys.Contains(e.SourceId)).ToList());
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BoardRoomDbContext db && Collect(db.ChangeTracker) is { Count: > 0 } changes)
        {
            var keys = changes.Select(c => c.SourceId).Distinct().ToList();
            Apply(db, changes, await db.SearchEntries.Where(e => keys.Contains(e.SourceId)).ToListAsync(cancellationToken));
        }
        return result;
    }

    /// <summary>A source to index anew (<see cref="Document"/>) or to remove (<see cref="Document"/> null).</summary>
    private sealed record Change(SearchKind Kind, Guid SourceId, SearchDocument? Document);

    private static List<Change> Collect(ChangeTracker tracker)
    {
        var changes = new List<Change>();
        foreach (var entry in tracker.Entries().ToList())
        {
            if (SearchDocuments.KeyOf(entry.Entity) is not { } key)
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add(new(key.Kind, key.SourceId, SearchDocuments.Of(entry.Entity)));
                    break;
                case EntityState.Modified when Touches(entry):
                    changes.Add(new(key.Kind, key.SourceId, SearchDocuments.Of(entry.Entity)));
                    break;
                case EntityState.Deleted:
                    changes.Add(new(key.Kind, key.SourceId, null));
                    break;
            }
        }
        return changes;
    }

    private static bool Touches(EntityEntry entry) =>
        SearchDocuments.IndexedProperties(entry.Entity) is { } indexed && entry.Properties.Any(p => p.IsModified && indexed.Contains(p.Metadata.Name));

    private static void Apply(BoardRoomDbContext db, List<Change> changes, List<SearchEntryRow> stored)
    {
        // Rows added by an earlier, failed SaveChanges of this context are still tracked as added: reuse them.
        var rows = db.SearchEntries.Local.Concat(stored).Distinct().ToDictionary(r => (r.Kind, r.SourceId));
        foreach (var change in changes)
        {
            rows.TryGetValue((change.Kind, change.SourceId), out var row);
            if (change.Document is not { } document)
            {
                if (row is not null && db.Entry(row).State != EntityState.Deleted)
                {
                    db.SearchEntries.Remove(row);
                }
            }
            else if (row is null)
            {
                row = new SearchEntryRow();
                document.CopyTo(row);
                db.SearchEntries.Add(row);
                rows[(change.Kind, change.SourceId)] = row;
            }
            else if (!document.SameAs(row))
            {
                document.CopyTo(row);
            }
        }
        db.ChangeTracker.DetectChanges();
    }
}
