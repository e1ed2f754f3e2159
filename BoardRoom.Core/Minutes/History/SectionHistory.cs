using System.Text;
using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Core.Minutes.History;

/// <summary>
/// A section's history, read from its op log (every edit from revision 1, each as applied at its revision): the
/// timeline of who edited when, and the text at any revision with the author of every character. The op log is the
/// record, so nothing else is stored; restoring an earlier revision is an ordinary edit made by the person restoring.
/// </summary>
public static class SectionHistory
{
    /// <summary>A pause longer than this between one author's edits starts a new step.</summary>
    public static readonly TimeSpan StepPause = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The timeline: edits grouped into steps of one author's consecutive edits, a new step at another author's edit or
    /// after a pause longer than <paramref name="pause"/> (default <see cref="StepPause"/>). Edits must be in revision order.
    /// </summary>
    public static IReadOnlyList<HistoryStep> Steps(IEnumerable<HistoryEdit> edits, TimeSpan? pause = null)
    {
        var gap = pause ?? StepPause;
        var steps = new List<HistoryStep>();
        foreach (var edit in edits)
        {
            var (inserted, deleted) = Count(edit.Operation);
            if (steps.Count > 0 && steps[^1] is var last && last.AuthorId == edit.AuthorId && edit.At - last.EndedAt <= gap)
            {
                steps[^1] = last with { ToRevision = edit.Revision, EndedAt = edit.At, Inserted = last.Inserted + inserted, Deleted = last.Deleted + deleted };
            }
            else
            {
                steps.Add(new HistoryStep(edit.Revision - 1, edit.Revision, edit.AuthorId, edit.At, edit.At, inserted, deleted));
            }
        }
        return steps;
    }

    /// <summary>
    /// The text at <paramref name="revision"/> (0: before the first edit), replayed from revision 1 with the author of
    /// every character carried along; a revision past the last edit gives the current text.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The revision is negative.</exception>
    /// <exception cref="InvalidOperationException">The edits are not consecutive from revision 1, or one does not apply.</exception>
    public static HistoryVersion At(IEnumerable<HistoryEdit> edits, long revision)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        var text = new StringBuilder();
        var authors = new List<string>();
        long at = 0;
        foreach (var edit in edits)
        {
            if (edit.Revision > revision)
            {
                break;
            }
            if (edit.Revision != at + 1)
            {
                throw new InvalidOperationException($"The op log jumps from revision {at} to {edit.Revision}.");
            }
            Apply(edit, text, authors);
            at = edit.Revision;
        }
        return new HistoryVersion(at, text.ToString(), Runs(authors));
    }

    private static void Apply(HistoryEdit edit, StringBuilder text, List<string> authors)
    {
        if (edit.Operation.BaseLength != text.Length)
        {
            throw new InvalidOperationException($"Revision {edit.Revision} applies to {edit.Operation.BaseLength} characters, not {text.Length}.");
        }
        var position = 0;
        foreach (var component in edit.Operation.Components)
        {
            switch (component.Kind)
            {
                case OpComponentKind.Retain:
                    position += component.Length;
                    break;
                case OpComponentKind.Insert:
                    text.Insert(position, component.Text);
                    authors.InsertRange(position, Enumerable.Repeat(edit.AuthorId, component.Length));
                    position += component.Length;
                    break;
                case OpComponentKind.Delete:
                    text.Remove(position, component.Length);
                    authors.RemoveRange(position, component.Length);
                    break;
            }
        }
    }

    private static List<AuthorRun> Runs(List<string> authors)
    {
        var runs = new List<AuthorRun>();
        foreach (var author in authors)
        {
            if (runs.Count > 0 && runs[^1].AuthorId == author)
            {
                runs[^1] = runs[^1] with { Length = runs[^1].Length + 1 };
            }
            else
            {
                runs.Add(new AuthorRun(author, 1));
            }
        }
        return runs;
    }

    private static (int Inserted, int Deleted) Count(TextOperation operation) => (
        operation.Components.Where(c => c.Kind == OpComponentKind.Insert).Sum(c => c.Length),
        operation.Components.Where(c => c.Kind == OpComponentKind.Delete).Sum(c => c.Length));
}
