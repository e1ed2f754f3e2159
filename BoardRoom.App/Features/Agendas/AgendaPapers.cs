using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Boards;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Agendas;

/// <summary>Hands out a paper's bytes to members of its board; a reserved item's papers only to those who may read reserved business.</summary>
public sealed class AgendaPapers(IDbContextFactory<BoardRoomDbContext> dbFactory, PaperStorage storage)
{
    public sealed record Download(string FileName, string ContentType, Func<Stream> Open);

    public async Task<Access<Download>> OpenAsync(PersonId personId, Guid paperId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var paper = await db.AgendaPapers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paperId);
        if (paper is null || !storage.Exists(paper.Id))
        {
            return Access<Download>.NotFound("There is no such paper.");
        }
        // A paper is its item's: the meeting's board decides who may open it, and a reserved item's paper is reserved.
        var reserved = await db.AgendaItems.AsNoTracking().Where(i => i.Id == paper.AgendaItemId).Select(i => i.IsReserved).FirstOrDefaultAsync();
        try
        {
            await BoardAccess.ForMeetingAsync(db, personId, paper.MeetingId, reserved ? BoardRight.ReadReserved : BoardRight.View);
        }
        catch (AccessDeniedException refused)
        {
            return Access<Download>.Denied(refused);
        }
        return Access<Download>.Allowed(new Download(paper.FileName, paper.ContentType, () => storage.OpenRead(paper.Id)));
    }
}
