using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Minutes;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Minutes;

/// <summary>Finds (creating on first use) the minutes section of an agenda item and decides what a person may do with it.</summary>
public sealed class MinutesSections(IDbContextFactory<BoardRoomDbContext> dbFactory)
{
    public async Task<SectionAccess> CheckAsync(PersonId personId, Guid sectionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var section = await db.MinutesSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == new AgendaItemId(sectionId), cancellationToken)
            ?? await CreateAsync(db, new AgendaItemId(sectionId), cancellationToken);
        var membership = await db.Memberships.AsNoTracking()
            .FirstOrDefaultAsync(m => m.BoardId == section.BoardId && m.PersonId == personId && m.LeftOn == null, cancellationToken);
        if (membership is null || !membership.Can(BoardCapability.View))
        {
            throw new MinutesAccessDeniedException("forbidden", "You are not a member of the board these minutes belong to.");
        }
        if (section.IsReserved && !membership.Can(BoardCapability.ViewReservedBusiness))
        {
            throw new MinutesAccessDeniedException("forbidden", "These are the minutes of reserved business, which your role may not read.");
        }
        if (section.IsLocked)
        {
            return new SectionAccess(section, false, $"These minutes are read-only: {section.LockReason}.");
        }
        if (!membership.Can(BoardCapability.EditMinutes))
        {
            return new SectionAccess(section, false, "Your role on this board lets you read the minutes but not edit them.");
        }
        return new SectionAccess(section, true, null);
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
            ?? throw new MinutesAccessDeniedException("not-found", "There is no agenda item with that section id.");
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
}
