using BoardRoom.App.Data;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Minutes.Sequencing;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Search;

/// <summary>
/// Writes the search index where the save interceptor cannot: the whole index at once (a new database, or one built by
/// an older <see cref="SearchDocuments.Version"/>), and a minutes section's text, which lives in the op log rather than
/// in a column (<see cref="MinutesSearchIndexer"/> calls it after edits are committed).
/// </summary>
public sealed class SearchIndex(IDbContextFactory<BoardRoomDbContext> dbFactory, ILogger<SearchIndex> logger, DocumentSequencerRegistry? sequencers = null)
{
    /// <summary>Builds the index unless it was built by this version of <see cref="SearchDocuments"/>. True when it built.</summary>
    public async Task<bool> EnsureCurrentAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var state = await db.SearchIndexState.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
            if (state?.Version == SearchDocuments.Version)
            {
                return false;
            }
        }
        var count = await RebuildAsync(cancellationToken);
        logger.LogInformation("Search index built: {Count} entries (version {Version}).", count, SearchDocuments.Version);
        return true;
    }

    /// <summary>Replaces the whole index with what the database holds now, in one transaction. Returns the number of entries.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var documents = await AllDocumentsAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SearchEntries.ExecuteDeleteAsync(cancellationToken);
        foreach (var document in documents)
        {
            var row = new SearchEntryRow();
            document.CopyTo(row);
            db.SearchEntries.Add(row);
        }
        var state = await db.SearchIndexState.FirstOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            db.SearchIndexState.Add(state = new SearchIndexStateRow());
        }
        state.Version = SearchDocuments.Version;
        state.BuiltAt = DateTimeOffset.UtcNow;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseProvider.IsUniqueViolation(e))
        {
            // Another node built it at the same moment (several nodes starting on one new database): theirs stands.
            logger.LogInformation("Another node built the search index at the same time; keeping theirs.");
        }
        return documents.Count;
    }

    /// <summary>
    /// Indexes a minutes section's current text, read from the op log as a sequencer opens it. A read older than what
    /// the index holds (another node indexed a later revision first) changes nothing; an emptied section leaves the index.
    /// </summary>
    public async Task IndexMinutesAsync(Guid sectionId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var itemId = new AgendaItemId(sectionId);
            var section = await db.MinutesSections.AsNoTracking().Where(s => s.Id == itemId).Select(s => new { s.Id, s.MeetingId }).FirstOrDefaultAsync(cancellationToken);
            if (section is null)
            {
                return;
            }
            var (text, revision) = await ReadMinutesAsync(sectionId, cancellationToken);
            var row = await db.SearchEntries.FirstOrDefaultAsync(e => e.Kind == SearchKind.Minutes && e.SourceId == sectionId, cancellationToken);
            if (row is not null && row.Revision > revision)
            {
                return;
            }
            var document = SearchDocuments.ForMinutes(section.MeetingId, section.Id, text, revision);
            if (document.Body.Length == 0)
            {
                if (row is not null)
                {
                    db.SearchEntries.Remove(row);
                }
            }
            else if (row is null)
            {
                row = new SearchEntryRow();
                document.CopyTo(row);
                db.SearchEntries.Add(row);
            }
            else if (!document.SameAs(row))
            {
                document.CopyTo(row);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && (DatabaseProvider.IsUniqueViolation(e) || e is DbUpdateConcurrencyException))
            {
                // Another node added or removed this section's entry at the same moment: read again.
            }
        }
    }

    private async Task<(string Text, long Revision)> ReadMinutesAsync(Guid sectionId, CancellationToken cancellationToken)
    {
        // A section typed on this node has its sequencer open here, holding the text: catching it up with the log
        // costs one query for what others appended since, where opening the log replays every edit since the last
        // snapshot (every half second while someone types).
        if (sequencers?.OpenOrNull(sectionId) is { } open)
        {
            await open.RefreshAsync(cancellationToken);
            var current = await open.GetStateAsync(cancellationToken);
            return (current.Text, current.Revision);
        }
        using var sequencer = await DocumentSequencer.OpenAsync(sectionId, new EfOperationLog(dbFactory), cancellationToken: cancellationToken);
        var state = await sequencer.GetStateAsync(cancellationToken);
        return (state.Text, state.Revision);
    }

    /// <summary>Every document of the database, as <see cref="SearchDocuments"/> defines them.</summary>
    private async Task<IReadOnlyList<SearchDocument>> AllDocumentsAsync(CancellationToken cancellationToken)
    {
        var documents = new List<SearchDocument>();
        List<(Guid Id, Core.Meetings.MeetingId MeetingId)> sections;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            documents.AddRange((await db.Meetings.AsNoTracking().ToListAsync(cancellationToken)).Select(SearchDocuments.For));
            documents.AddRange((await db.AgendaItems.AsNoTracking().ToListAsync(cancellationToken)).Select(SearchDocuments.For));
            documents.AddRange((await db.Decisions.AsNoTracking().ToListAsync(cancellationToken)).Select(SearchDocuments.For));
            documents.AddRange((await db.Actions.AsNoTracking().ToListAsync(cancellationToken)).Select(SearchDocuments.For));
            documents.AddRange((await db.AgendaPapers.AsNoTracking().ToListAsync(cancellationToken)).Select(SearchDocuments.For));
            sections = (await db.MinutesSections.AsNoTracking().Select(s => new { s.Id, s.MeetingId }).ToListAsync(cancellationToken))
                .Select(s => (s.Id.Value, s.MeetingId)).ToList();
        }
        foreach (var (id, meetingId) in sections)
        {
            var (text, revision) = await ReadMinutesAsync(id, cancellationToken);
            var document = SearchDocuments.ForMinutes(meetingId, new AgendaItemId(id), text, revision);
            if (document.Body.Length > 0)
            {
                documents.Add(document);
            }
        }
        return documents;
    }
}
