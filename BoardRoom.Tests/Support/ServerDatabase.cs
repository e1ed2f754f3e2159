using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.Support;

/// <summary>Reads (and, for set-up, writes) the running app's database directly, as an operator would.</summary>
public static class ServerDatabase
{
    public static BoardRoomDbContext Open(AppServer server) => TestProvider.Open(server.DataDirectory);

    /// <summary>Section ids (= agenda item ids) of a board's meeting, in agenda order; reserved ones last.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Title, bool Reserved)>> SectionsAsync(AppServer server, string boardSlug, bool upcoming = true)
    {
        await using var db = Open(server);
        return await MeetingSections.ReadAsync(db, boardSlug, upcoming);
    }

    /// <summary>Replays the op log of a document from revision 1, ignoring snapshots.</summary>
    public static async Task<(string Text, long Revision)> ReplayLogAsync(AppServer server, Guid documentId)
    {
        await using var db = Open(server);
        var ops = await db.MinutesOperations.Where(o => o.DocumentId == documentId).OrderBy(o => o.Revision).ToListAsync();
        var text = string.Empty;
        for (var i = 0; i < ops.Count; i++)
        {
            Assert.Equal(i + 1, ops[i].Revision);
            text = BoardRoom.Core.Minutes.Ot.TextOperation.Parse(ops[i].Operation).Apply(text);
        }
        return (text, ops.Count);
    }

    public static async Task<int> CountOperationsAsync(AppServer server, Guid documentId)
    {
        await using var db = Open(server);
        return await db.MinutesOperations.CountAsync(o => o.DocumentId == documentId);
    }

    public static AgendaItemId ItemId(Guid id) => new(id);
}
