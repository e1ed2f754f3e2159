using BoardRoom.App.Data;
using BoardRoom.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Email;

/// <summary>Records an opt-out from an unsubscribe link: for that person and that kind of message only.</summary>
public sealed class Unsubscriptions(IDbContextFactory<BoardRoomDbContext> dbFactory, UnsubscribeTokens tokens, TimeProvider clock)
{
    /// <summary>The kind the link unsubscribes from, or null for a link that is not genuine.</summary>
    public EmailKind? KindOf(string? token) => tokens.Read(token)?.Kind;

    /// <summary>Records the opt-out (again is harmless); null for a link that is not genuine.</summary>
    public async Task<EmailKind?> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (tokens.Read(token) is not var (person, kind))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.People.AnyAsync(p => p.Id == person, cancellationToken))
        {
            return null;
        }
        if (!await db.EmailOptOuts.AnyAsync(o => o.PersonId == person && o.Kind == kind, cancellationToken))
        {
            db.EmailOptOuts.Add(new EmailOptOutRow { PersonId = person, Kind = kind, At = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two clicks at once: the other one recorded it.
            }
        }
        return kind;
    }
}
