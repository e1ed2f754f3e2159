using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// Which emails the signed-in person gets: every kind that is not a security message can be turned off (the same
/// opt-outs an unsubscribe link records) and on again. Security messages are always sent and not listed.
/// </summary>
public sealed class EmailPreferences(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, TimeProvider clock)
{
    public static IReadOnlyList<EmailKind> Optional { get; } = Enum.GetValues<EmailKind>().Where(k => k.HasUnsubscribe() && !k.IsForPublic()).ToList();

    /// <summary>Each optional kind and whether the person gets it.</summary>
    public async Task<IReadOnlyList<(EmailKind Kind, bool Wanted)>> GetAsync()
    {
        var person = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var off = await db.EmailOptOuts.AsNoTracking().Where(o => o.PersonId == person).Select(o => o.Kind).ToListAsync();
        return Optional.Select(k => (k, !off.Contains(k))).ToList();
    }

    /// <summary>Whether the person chose one email a day instead of each email at once.</summary>
    public async Task<bool> DailyDigestAsync()
    {
        var person = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.EmailDailyDigests.AnyAsync(d => d.PersonId == person);
    }

    /// <summary>One email a day (true) or each email at once (false). Messages already held go in the next digest either way.</summary>
    public async Task SetDailyDigestAsync(bool daily)
    {
        var person = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = await db.EmailDailyDigests.FirstOrDefaultAsync(d => d.PersonId == person);
        if (daily && row is null)
        {
            db.EmailDailyDigests.Add(new EmailDailyDigestRow { PersonId = person, ChosenAt = clock.GetUtcNow() });
        }
        else if (!daily && row is not null)
        {
            db.EmailDailyDigests.Remove(row);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Keeps exactly <paramref name="wanted"/> on; everything else optional is turned off.</summary>
    public async Task SetAsync(IReadOnlyCollection<EmailKind> wanted)
    {
        var person = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var existing = await db.EmailOptOuts.Where(o => o.PersonId == person).ToListAsync();
        db.EmailOptOuts.RemoveRange(existing.Where(o => wanted.Contains(o.Kind)));
        foreach (var kind in Optional.Where(k => !wanted.Contains(k) && existing.All(o => o.Kind != k)))
        {
            db.EmailOptOuts.Add(new EmailOptOutRow { PersonId = person, Kind = kind, At = clock.GetUtcNow() });
        }
        await db.SaveChangesAsync();
    }
}
