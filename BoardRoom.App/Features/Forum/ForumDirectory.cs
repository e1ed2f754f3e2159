using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Forum;

/// <summary>What the public forum may show: board names and descriptions, and (later) published minutes. Nothing else.</summary>
public sealed class ForumDirectory(IDbContextFactory<BoardRoomDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ForumBoard>> BoardsAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Boards.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new ForumBoard(b.Name, b.Slug, b.Description)).ToListAsync();
    }
}

public sealed record ForumBoard(string Name, string Slug, string Description);
