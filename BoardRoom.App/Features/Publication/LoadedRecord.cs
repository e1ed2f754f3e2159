using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Publication;

/// <summary>A meeting, its board, its workflow (tracked when loaded for a change) and its full minutes record as it now is,
/// with the names of the people it mentions.</summary>
public sealed record LoadedRecord(Board Board, Meeting Meeting, MinutesWorkflow Workflow, MinutesRecord Record, string BoardSlug,
    IReadOnlyDictionary<PersonId, string> Names)
{
    public string FullSha256 { get; } = Record.Sha256();
}
