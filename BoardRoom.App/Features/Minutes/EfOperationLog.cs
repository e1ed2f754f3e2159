using BoardRoom.App.Data;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// The minutes op log in the app's database. The unique indexes on (document, revision) and (document, client, seq)
/// make <see cref="TryAppendAsync"/> atomic across servers: a violated index is reported, never thrown.
/// </summary>
public sealed class EfOperationLog(IDbContextFactory<BoardRoomDbContext> dbFactory) : IOperationLog
{
    public async Task<StoredDocument> LoadAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.MinutesSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.DocumentId == documentId, cancellationToken);
        var from = snapshot?.Revision ?? 0;
        var rows = await db.MinutesOperations.AsNoTracking()
            .Where(o => o.DocumentId == documentId && o.Revision > from)
            .OrderBy(o => o.Revision)
            .ToListAsync(cancellationToken);
        return new StoredDocument(
            snapshot is null ? null : new DocumentSnapshot(snapshot.DocumentId, snapshot.Revision, snapshot.Text, snapshot.Timestamp),
            rows.Select(ToRecord).ToList());
    }

    public async Task<IReadOnlyList<OperationRecord>> GetOperationsSinceAsync(Guid documentId, long revision, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.MinutesOperations.AsNoTracking()
            .Where(o => o.DocumentId == documentId && o.Revision > revision)
            .OrderBy(o => o.Revision)
            .ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
    }

    public async Task<AppendResult> TryAppendAsync(OperationRecord record, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            // Every keystroke lands here, so this is one plain INSERT rather than a tracked entity and SaveChanges (which
            // cost more CPU than the commit itself). EF still maps the parameters (the Guid as each engine stores it: TEXT
            // on SQLite, uuid on PostgreSQL), and the instant is written as the UTC ticks DateTimeOffsetToBinaryConverterUtc
            // would write. Quoted identifiers and plain VALUES are the same SQL on both engines.
            await InsertAsync(db, record, cancellationToken);
            return AppendResult.Appended;
        }
        catch (Exception e) when (DatabaseProvider.IsUniqueViolation(e))
        {
            await using var check = await dbFactory.CreateDbContextAsync(cancellationToken);
            var duplicate = await check.MinutesOperations.AnyAsync(
                o => o.DocumentId == record.DocumentId && o.ClientId == record.ClientId && o.ClientSeq == record.ClientSeq, cancellationToken);
            return duplicate ? AppendResult.DuplicateSubmission : AppendResult.RevisionConflict;
        }
    }

    public async Task<AppendResult> TryAppendAllAsync(IReadOnlyList<OperationRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var record in records)
            {
                await InsertAsync(db, record, cancellationToken);
            }
            // One commit, so one WAL sync (SQLite) or one flush (PostgreSQL) for the whole group.
            await transaction.CommitAsync(cancellationToken);
            return AppendResult.Appended;
        }
        catch (Exception e) when (DatabaseProvider.IsUniqueViolation(e))
        {
            // Rolled back when disposed; the sequencer stores them one at a time, which tells a conflict from a duplicate.
            return AppendResult.RevisionConflict;
        }
    }

    public async Task<OperationRecord?> FindByClientAsync(Guid documentId, string clientId, long clientSeq, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.MinutesOperations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.DocumentId == documentId && o.ClientId == clientId && o.ClientSeq == clientSeq, cancellationToken);
        return row is null ? null : ToRecord(row);
    }

    public async Task SaveSnapshotAsync(DocumentSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.MinutesSnapshots.FirstOrDefaultAsync(s => s.DocumentId == snapshot.DocumentId, cancellationToken);
        if (row is null)
        {
            db.MinutesSnapshots.Add(new MinutesSnapshotRow
            {
                DocumentId = snapshot.DocumentId,
                Revision = snapshot.Revision,
                Text = snapshot.Text,
                Timestamp = snapshot.Timestamp,
            });
        }
        else if (row.Revision < snapshot.Revision)
        {
            (row.Revision, row.Text, row.Timestamp) = (snapshot.Revision, snapshot.Text, snapshot.Timestamp);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseProvider.IsUniqueViolation(e))
        {
            // Another server saved a snapshot of this document at the same moment; either is good.
        }
    }

    private static Task<int> InsertAsync(BoardRoomDbContext db, OperationRecord record, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "MinutesOperations" ("DocumentId", "Revision", "AuthorId", "ClientId", "ClientSeq", "Operation", "Timestamp")
            VALUES ({record.DocumentId}, {record.Revision}, {record.AuthorId}, {record.ClientId}, {record.ClientSeq}, {record.Operation.ToJson()}, {record.Timestamp.UtcTicks})
            """, cancellationToken);

    private static OperationRecord ToRecord(MinutesOperationRow row) =>
        new(row.DocumentId, row.Revision, row.AuthorId, row.ClientId, row.ClientSeq, TextOperation.Parse(row.Operation), row.Timestamp);
}
