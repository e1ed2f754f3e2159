using BoardRoom.Core.Minutes.History;
using BoardRoom.Core.Minutes.Sequencing;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// A section's history for the minutes page (issue #15, item 7): its timeline and its text at a revision with who wrote
/// each character, read from the op log for anyone who may read the section (<see cref="MinutesSections.CheckAsync"/>,
/// the same rule as joining it), so reserved business stays with those who may read it.
/// </summary>
public sealed class MinutesHistory(MinutesSections sections, IOperationLog log)
{
    /// <summary>An author, in the colour of their presence chip and caret (<see cref="PresenceRegistry.ColourFor"/>).</summary>
    public sealed record Author(string Id, string Name, string Colour);

    public sealed record Step(long FromRevision, long ToRevision, string AuthorId, DateTimeOffset StartedAt, DateTimeOffset EndedAt, int Inserted, int Deleted);

    public sealed record Timeline(Guid SectionId, long Revision, bool CanEdit, IReadOnlyList<Step> Steps, IReadOnlyList<Author> Authors);

    public sealed record Run(string AuthorId, int Length);

    public sealed record Version(Guid SectionId, long Revision, string Text, IReadOnlyList<Run> Runs, IReadOnlyList<Author> Authors);

    /// <exception cref="MinutesAccessDeniedException">No such section, or the person may not read it.</exception>
    public async Task<Timeline> TimelineAsync(PersonId person, Guid sectionId, CancellationToken cancellationToken = default)
    {
        var access = await sections.CheckAsync(person, sectionId, cancellationToken);
        var edits = await EditsAsync(sectionId, cancellationToken);
        var steps = SectionHistory.Steps(edits);
        return new Timeline(sectionId, edits.Count == 0 ? 0 : edits[^1].Revision, access.CanEdit,
            steps.Select(s => new Step(s.FromRevision, s.ToRevision, s.AuthorId, s.StartedAt, s.EndedAt, s.Inserted, s.Deleted)).ToList(),
            await AuthorsAsync(steps.Select(s => s.AuthorId), cancellationToken));
    }

    /// <exception cref="MinutesAccessDeniedException">No such section, or the person may not read it.</exception>
    public async Task<Version> VersionAsync(PersonId person, Guid sectionId, long revision, CancellationToken cancellationToken = default)
    {
        await sections.CheckAsync(person, sectionId, cancellationToken);
        var version = SectionHistory.At(await EditsAsync(sectionId, cancellationToken), revision);
        return new Version(sectionId, version.Revision, version.Text, version.Runs.Select(r => new Run(r.AuthorId, r.Length)).ToList(),
            await AuthorsAsync(version.Runs.Select(r => r.AuthorId), cancellationToken));
    }

    private async Task<IReadOnlyList<HistoryEdit>> EditsAsync(Guid sectionId, CancellationToken cancellationToken) =>
        (await log.GetOperationsSinceAsync(sectionId, 0, cancellationToken))
            .Select(r => new HistoryEdit(r.Revision, r.AuthorId, r.Timestamp, r.Operation)).ToList();

    private async Task<IReadOnlyList<Author>> AuthorsAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        var names = await sections.NamesAsync(distinct, cancellationToken);
        return distinct.Select(id => new Author(id, names.GetValueOrDefault(id, "A former member"), PresenceRegistry.ColourFor(id))).ToList();
    }
}
