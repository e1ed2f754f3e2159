using BoardRoom.App.Features.Search;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Data;

/// <summary>
/// One searchable thing (a meeting, an agenda item, a minutes section, a decision, an action or a paper) as the search
/// index holds it: its words, and the meeting and agenda item it hangs from. Who may find it is never stored here: the
/// search joins the live meeting (its board) and agenda item (its reserved flag) at every query (docs/decisions/014).
/// Written only by the search feature (<see cref="SearchIndexInterceptor"/>, <see cref="SearchIndex"/>); the engine's
/// full-text index over <see cref="Title"/> and <see cref="Body"/> (FTS5 on SQLite, a tsvector on PostgreSQL) follows
/// the row in the same transaction.
/// </summary>
public sealed class SearchEntryRow
{
    /// <summary>The FTS5 rowid on SQLite; on both engines just a key.</summary>
    public long Id { get; set; }

    public SearchKind Kind { get; set; }

    /// <summary>The id of the meeting, item, decision, action or paper (a minutes section's is its item's).</summary>
    public Guid SourceId { get; set; }

    public MeetingId MeetingId { get; set; }

    /// <summary>The agenda item whose reserved flag decides who may find it; none for a meeting.</summary>
    public AgendaItemId? AgendaItemId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    /// <summary>For minutes, the op-log revision the text was read at, so an older read never overwrites a newer one.</summary>
    public long Revision { get; set; }
}

/// <summary>What the search index was built by: <see cref="SearchDocuments.Version"/>. One row; none until the first build.</summary>
public sealed class SearchIndexStateRow
{
    public int Id { get; set; } = 1;

    public int Version { get; set; }

    public DateTimeOffset BuiltAt { get; set; }
}
