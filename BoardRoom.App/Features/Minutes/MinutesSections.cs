using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Minutes;

/// <summary>Finds (creating on first use) the minutes section of an agenda item and decides what a person may do with it.</summary>
public sealed class MinutesSections(IDbContextFactory<BoardRoomDbContext> dbFactory)
{
    // Runs on every hub call (each keystroke's submit): one round trip for the section, the caller's seat on its board,
    // the item's classification and whether the caller withdrew from it, compiled once rather than looked up in EF's
    // query cache each time. The classification is read from the agenda item itself, never from a copy on the section:
    // a copy goes stale the moment the item is reclassified.
    private static readonly Func<BoardRoomDbContext, AgendaItemId, PersonId, CancellationToken, Task<SectionAndSeat?>> SectionAndSeatQuery =
        EF.CompileAsyncQuery((BoardRoomDbContext db, AgendaItemId id, PersonId person, CancellationToken _) =>
            (from s in db.MinutesSections.AsNoTracking()
             where s.Id == id
             from i in db.AgendaItems.AsNoTracking().Where(i => i.Id == s.Id)
             from m in db.Memberships.AsNoTracking().Where(m => m.BoardId == s.BoardId && m.PersonId == person && m.LeftOn == null).DefaultIfEmpty()
             select new SectionAndSeat(s, m, i.IsReserved,
                 db.Set<Declaration>().Any(d => d.AgendaItemId == id && d.PersonId == person && d.Withdraws))).FirstOrDefault());

    public async Task<SectionAccess> CheckAsync(PersonId personId, Guid sectionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await SectionAndSeatQuery(db, new AgendaItemId(sectionId), personId, cancellationToken);
        if (found is null)
        {
            await CreateAsync(db, new AgendaItemId(sectionId), cancellationToken);
            found = await SectionAndSeatQuery(db, new AgendaItemId(sectionId), personId, cancellationToken)
                ?? throw new MinutesAccessDeniedException(HubErrorCodes.NotFound, "There is no agenda item with that section id.");
        }
        var (section, membership, reserved, withdrawn) = found;
        if (!BoardAccess.SeatAllows(membership, BoardRight.View))
        {
            throw new MinutesAccessDeniedException(HubErrorCodes.Forbidden, "You are not a member of the board these minutes belong to.");
        }
        if (reserved && !BoardAccess.SeatAllows(membership, BoardRight.ReadReserved))
        {
            throw new MinutesAccessDeniedException(HubErrorCodes.Forbidden, "These are the minutes of reserved business, which your role may not read.");
        }
        if (section.IsLocked)
        {
            return new SectionAccess(section, false, $"These minutes are read-only: {section.LockReason}.", HubErrorCodes.Locked);
        }
        if (!BoardAccess.SeatAllows(membership, BoardRight.EditMinutes))
        {
            return new SectionAccess(section, false, "Your role on this board lets you read the minutes but not edit them.", HubErrorCodes.ReadOnly);
        }
        if (withdrawn)
        {
            return new SectionAccess(section, false,
                "You declared an interest in this item and withdrew from it, so you take no part in its minutes.", HubErrorCodes.Withdrawn);
        }
        return new SectionAccess(section, true, null);
    }

    /// <summary>Whether the person declared an interest in the agenda item and withdrew from it (they may not edit its record).</summary>
    public async Task<bool> IsWithdrawnAsync(PersonId personId, AgendaItemId itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Declaration>().AnyAsync(d => d.AgendaItemId == itemId && d.PersonId == personId && d.Withdraws, cancellationToken);
    }

    /// <summary>Display names of authors (person ids as stored in the op log).</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> personIds, CancellationToken cancellationToken = default)
    {
        var ids = personIds.Distinct().Select(s => PersonId.TryParse(s, out var id) ? id : (PersonId?)null).OfType<PersonId>().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.FullName }).ToListAsync(cancellationToken);
        return people.ToDictionary(p => p.Id.ToString(), p => p.FullName);
    }

    /// <summary>Makes every section of a meeting read-only (e.g. once its minutes are approved).</summary>
    public async Task LockMeetingAsync(Core.Meetings.MeetingId meetingId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstAsync(m => m.Id == meetingId, cancellationToken);
        var existing = await db.MinutesSections.Where(s => s.MeetingId == meetingId).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var item in meeting.AgendaItems)
        {
            if (!existing.TryGetValue(item.Id, out var section))
            {
                section = MinutesSection.For(meeting, item);
                db.MinutesSections.Add(section);
            }
            section.Lock(reason, at);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<MinutesSection> CreateAsync(BoardRoomDbContext db, AgendaItemId itemId, CancellationToken cancellationToken)
    {
        var item = await db.AgendaItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new MinutesAccessDeniedException(HubErrorCodes.NotFound, "There is no agenda item with that section id.");
        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == item.MeetingId, cancellationToken);
        var section = MinutesSection.For(meeting, item);
        db.MinutesSections.Add(section);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return section;
        }
        catch (DbUpdateException)
        {
            // Someone else opened it first: theirs is the section.
            db.ChangeTracker.Clear();
            return await db.MinutesSections.AsNoTracking().FirstAsync(s => s.Id == itemId, cancellationToken);
        }
    }

    private sealed record SectionAndSeat(MinutesSection Section, Membership? Seat, bool ItemIsReserved, bool Withdrawn);
}
