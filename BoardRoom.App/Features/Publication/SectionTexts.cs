using BoardRoom.App.Data;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Minutes.Sequencing;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Publication;

/// <summary>
/// The current text of minutes sections, read from the durable op log exactly as a sequencer opens a document
/// (latest snapshot plus the operations after it). Reading the log rather than a sequencer held in memory means the
/// record sees every acknowledged edit, whichever server sequenced it.
/// </summary>
public sealed class SectionTexts(IDbContextFactory<BoardRoomDbContext> dbFactory)
{
    private readonly EfOperationLog _log = new(dbFactory);

    public async Task<string> ReadAsync(Guid sectionId, CancellationToken cancellationToken = default)
    {
        using var sequencer = await DocumentSequencer.OpenAsync(sectionId, _log, cancellationToken: cancellationToken);
        return (await sequencer.GetStateAsync(cancellationToken)).Text;
    }
}
