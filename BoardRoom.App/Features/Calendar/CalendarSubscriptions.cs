using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Calendar;

/// <summary>The signed-in person's calendar feeds: their boards' feeds, and personal feed addresses they create and revoke.</summary>
public sealed class CalendarSubscriptions(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, TimeProvider clock)
{
    public const int MaxActiveTokens = 10;

    public sealed record BoardFeed(string BoardName, string Path);

    public sealed record TokenLine(Guid Id, string Label, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

    public sealed record Overview(IReadOnlyList<BoardFeed> Boards, IReadOnlyList<TokenLine> Tokens);

    public async Task<Overview> GetAsync()
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var boards = await (from m in db.Memberships
                            join b in db.Boards on m.BoardId equals b.Id
                            where m.PersonId == personId && m.LeftOn == null
                            orderby b.Name
                            select new BoardFeed(b.Name, "/calendar/boards/" + b.Slug + ".ics")).ToListAsync();
        var tokens = (await db.CalendarFeedTokens.AsNoTracking().Where(t => t.PersonId == personId).ToListAsync())
            .OrderBy(t => t.RevokedAt is null ? 0 : 1).ThenByDescending(t => t.CreatedAt)
            .Select(t => new TokenLine(t.Id, t.Label, t.CreatedAt, t.LastUsedAt, t.RevokedAt)).ToList();
        return new Overview(boards, tokens);
    }

    /// <summary>Creates a personal feed address and returns its path. The token in it is shown this once and never stored.</summary>
    public async Task<string> CreateAsync(string label)
    {
        var name = Require.Text(label, "A name for the feed (e.g. 'Work phone')", 100);
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.CalendarFeedTokens.CountAsync(t => t.PersonId == personId && t.RevokedAt == null) >= MaxActiveTokens)
        {
            throw new DomainRuleException($"You already have {MaxActiveTokens} feed addresses; revoke one you no longer use first.");
        }
        var token = CalendarTokens.NewToken();
        db.CalendarFeedTokens.Add(new CalendarFeedTokenRow { PersonId = personId, TokenHash = CalendarTokens.Hash(token), Label = name, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync();
        return $"/calendar/feed/{token}.ics";
    }

    public async Task RevokeAsync(Guid tokenId)
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = await db.CalendarFeedTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.PersonId == personId)
            ?? throw new DomainRuleException("No such feed address of yours.");
        row.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync();
    }
}
