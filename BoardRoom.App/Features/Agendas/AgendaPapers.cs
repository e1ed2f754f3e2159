using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Boards;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Agendas;

/// <summary>Hands out a paper's bytes to members of its board; a reserved item's papers only to those who may read reserved business.</summary>
public sealed class AgendaPapers(IDbContextFactory<BoardRoomDbContext> dbFactory)
{
    /// <summary>A paper to send: the bytes come from the database, so any node serves any upload.</summary>
    public sealed record Download(string FileName, string ContentType, byte[] Content);

    public async Task<Access<Download>> OpenAsync(PersonId personId, Guid paperId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var paper = await db.AgendaPapers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paperId);
        if (paper is null)
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
        // Read only once access is settled; at most PaperChecks.MaxBytes.
        var content = await db.PaperContents.AsNoTracking().Where(c => c.PaperId == paper.Id).Select(c => c.Content).FirstOrDefaultAsync();
        return content is null
            ? Access<Download>.NotFound("There is no such paper.")
            : Access<Download>.Allowed(new Download(paper.FileName, paper.ContentType, content));
    }
}
