using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Brings the ranges review items are on (comments, suggestions) from the revisions they were stored at to the op log's
/// head, reading the log once from the oldest of them (docs/collaboration-protocol.md §11).
/// </summary>
public static class ReviewAnchors
{
    /// <summary>How far behind the head a stored range may be before reading it also stores it moved (a cache).</summary>
    public const int CatchUp = 200;

    /// <summary>The head revision and each item's range there; <paramref name="moved"/> is told of those far behind.</summary>
    public static async Task<(long Head, IReadOnlyList<TextAnchor> Anchors)> AtHeadAsync<T>(IOperationLog log, Guid sectionId,
        IReadOnlyList<T> items, Func<T, (TextAnchor Anchor, long Revision)> stored, Action<T, TextAnchor, long> moved, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return (0, []);
        }
        var since = items.Min(i => stored(i).Revision);
        var operations = await log.GetOperationsSinceAsync(sectionId, since, cancellationToken);
        var head = operations.Count == 0 ? since : operations[^1].Revision;
        var anchors = new List<TextAnchor>(items.Count);
        foreach (var item in items)
        {
            var (anchor, revision) = stored(item);
            var atHead = anchor.Through(operations.Where(o => o.Revision > revision).Select(o => o.Operation));
            if (head - revision >= CatchUp)
            {
                moved(item, atHead, head);
            }
            anchors.Add(atHead);
        }
        return (head, anchors);
    }

    /// <summary>
    /// A range a member chose in the section's text at <paramref name="revision"/> (their browser's, with nothing of theirs
    /// pending), at the head of <paramref name="stored"/>, the document as loaded from the log.
    /// </summary>
    public static async Task<TextAnchor> FromRevisionAsync(IOperationLog log, StoredDocument stored, Guid sectionId, long revision,
        Func<int, TextAnchor> choose, CancellationToken cancellationToken)
    {
        var head = stored.Revision;
        if (revision < 0 || revision > head)
        {
            throw new Core.Common.DomainRuleException("Those minutes have no such revision: reload the page and select the text again.");
        }
        // The operations since the member's revision: in what was just loaded, unless it is older than the snapshot.
        var since = revision >= (stored.Snapshot?.Revision ?? 0)
            ? stored.Operations.Where(r => r.Revision > revision).ToList()
            : (await log.GetOperationsSinceAsync(sectionId, revision, cancellationToken)).Where(r => r.Revision <= head).ToList();
        var lengthThen = since.Count > 0 ? since[0].Operation.BaseLength : stored.Text().Length;
        return choose(lengthThen).Through(since.Select(r => r.Operation));
    }
}
