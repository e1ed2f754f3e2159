using BoardRoom.Core.Minutes.Ot;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Benchmarks;

/// <summary>
/// The op log of one section (<c>MinutesOperations</c>) read from the SQLite file, held against the acknowledgements
/// the editors received: each must be a row exactly once, at the acknowledged revision.
/// </summary>
public sealed record OpLogAudit(
    int Rows, long HeadRevision, int AcksChecked, int Losses, int Duplicates, int Misplaced, int Unacknowledged,
    bool Contiguous, bool? ReplaysToServerText)
{
    public bool Clean => Losses == 0 && Duplicates == 0 && Misplaced == 0 && Unacknowledged == 0 && Contiguous && ReplaysToServerText != false;

    /// <param name="acks">Acknowledged revision by (ClientId, ClientSeq) of every edit of <paramref name="clientIds"/>.</param>
    public static async Task<OpLogAudit> ReadAsync(
        string databasePath, Guid sectionId, IReadOnlyDictionary<(string ClientId, long ClientSeq), long> acks,
        IReadOnlySet<string> clientIds, string serverText)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        var rows = await db.MinutesOperations.AsNoTracking()
            .Where(o => o.DocumentId == sectionId)
            .OrderBy(o => o.Revision)
            .Select(o => new { o.Revision, o.AuthorId, o.ClientId, o.ClientSeq, o.Operation })
            .ToListAsync();

        // Counted per (author, client, sequence number), the identity the server de-duplicates on.
        var copies = rows.GroupBy(r => (r.AuthorId, r.ClientId, r.ClientSeq))
            .GroupBy(g => (g.Key.ClientId, g.Key.ClientSeq), g => (Count: g.Count(), Revision: g.First().Revision))
            .ToDictionary(g => g.Key, g => g.ToList());
        int losses = 0, duplicates = 0, misplaced = 0;
        foreach (var ((clientId, clientSeq), revision) in acks)
        {
            if (!copies.TryGetValue((clientId, clientSeq), out var found))
            {
                losses++;
            }
            else if (found.Count > 1 || found[0].Count > 1)
            {
                duplicates++;
            }
            else if (found[0].Revision != revision)
            {
                misplaced++;
            }
        }
        var unacknowledged = rows.Count(r => clientIds.Contains(r.ClientId) && !acks.ContainsKey((r.ClientId, r.ClientSeq)));
        var contiguous = rows.Select((r, i) => r.Revision == rows[0].Revision + i).All(ok => ok);

        // From revision 1 the log alone must rebuild the text the server serves (which comes from a snapshot + the log).
        bool? replays = null;
        if (rows.Count > 0 && rows[0].Revision == 1 && contiguous)
        {
            var text = string.Empty;
            foreach (var row in rows)
            {
                text = TextOperation.Parse(row.Operation).Apply(text);
            }
            replays = text == serverText;
        }
        return new OpLogAudit(rows.Count, rows.Count == 0 ? 0 : rows[^1].Revision, acks.Count, losses, duplicates, misplaced, unacknowledged, contiguous, replays);
    }
}
