using BoardRoom.App.Data;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.MeetingRun;

/// <summary>
/// Everything a meeting's live pages show, read in one go: the meeting with its items, attendance and declarations,
/// its board with every seat, and what hangs from them. After a change it is read once for all of the meeting's open
/// pages (<see cref="MeetingLiveFeed"/>) rather than once per page. It holds reserved business and is never shown as it
/// is: each page shapes it for its own person, whose access is decided on the board it holds
/// (<see cref="MeetingRunService.View"/>, <see cref="Meetings.MeetingDirectory.Details"/>). Nothing changes it once
/// read, so every circuit may read it at once.
/// </summary>
public sealed record MeetingSnapshot
{
    /// <summary>Which read this was: a page keeps a later read over an earlier one that reached it late.</summary>
    public long Sequence { get; init; }

    public required Meeting Meeting { get; init; }

    public required Board Board { get; init; }

    /// <summary>The names of everyone who has held a seat on the board.</summary>
    public required IReadOnlyDictionary<PersonId, string> Names { get; init; }

    public required MeetingSeries? Series { get; init; }

    public required IReadOnlyList<Decision> Decisions { get; init; }

    /// <summary>Every action of the board: this meeting's, and those still open from earlier ones for the action log review.</summary>
    public required IReadOnlyList<ActionItem> BoardActions { get; init; }

    public required IReadOnlyDictionary<MeetingId, string> MeetingTitles { get; init; }

    /// <summary>The reserved items, of any meeting, that the board's open actions were agreed on.</summary>
    public required IReadOnlySet<AgendaItemId> ReservedItemsWithOpenActions { get; init; }

    /// <summary>The number of the meeting each of this meeting's items was carried forward to.</summary>
    public required IReadOnlyDictionary<AgendaItemId, int> CarriedTo { get; init; }

    /// <summary>"Carried forward from meeting 17 (17 Nov 2026)" for the items that came from an earlier meeting.</summary>
    public required IReadOnlyDictionary<AgendaItemId, string> CarriedFrom { get; init; }

    public required IReadOnlyList<AgendaPaperRow> Papers { get; init; }

    public string TimeZoneId => Series?.TimeZoneId ?? MeetingSeries.DefaultTimeZone;

    public string NameOf(PersonId id) => Names.GetValueOrDefault(id, "Former member");

    /// <summary>The meeting as it is now, or null if there is no such meeting.</summary>
    public static async Task<MeetingSnapshot?> LoadAsync(BoardRoomDbContext db, MeetingId id, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Declarations).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }
        var board = await db.Boards.AsNoTracking().Include(b => b.Members).SingleAsync(b => b.Id == meeting.BoardId, cancellationToken);
        var seated = board.Members.Select(m => m.PersonId).ToList();
        var names = await db.People.AsNoTracking().Where(p => seated.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        var series = meeting.SeriesId is { } seriesId
            ? await db.MeetingSeries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken)
            : null;
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var actions = await db.Actions.AsNoTracking().Where(a => a.BoardId == board.Id).ToListAsync(cancellationToken);
        var titles = await db.Meetings.AsNoTracking().Where(m => m.BoardId == board.Id).ToDictionaryAsync(m => m.Id, m => m.Title, cancellationToken);
        var actionItems = actions.Where(a => a.IsOpen).Select(a => a.AgendaItemId).Distinct().ToList();
        var reserved = actionItems.Count == 0
            ? []
            : (await db.AgendaItems.AsNoTracking().Where(i => i.IsReserved && actionItems.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet();
        var papers = await db.AgendaPapers.AsNoTracking().Where(p => p.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        return new MeetingSnapshot
        {
            Meeting = meeting,
            Board = board,
            Names = names,
            Series = series,
            Decisions = decisions,
            BoardActions = actions,
            MeetingTitles = titles,
            ReservedItemsWithOpenActions = reserved,
            CarriedTo = await CarriedToAsync(db, meeting, cancellationToken),
            CarriedFrom = await Agendas.CarriedForwardLabels.ForAsync(db, meeting),
            Papers = papers,
        };
    }

    private static async Task<Dictionary<AgendaItemId, int>> CarriedToAsync(BoardRoomDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var itemIds = meeting.AgendaItems.Select(i => (AgendaItemId?)i.Id).ToList();
        var carried = await (from later in db.AgendaItems.AsNoTracking()
                             where itemIds.Contains(later.CarriedFromId)
                             join m in db.Meetings.AsNoTracking() on later.MeetingId equals m.Id
                             select new { From = later.CarriedFromId, m.Number }).ToListAsync(cancellationToken);
        return carried.GroupBy(x => x.From!.Value).ToDictionary(g => g.Key, g => g.Min(x => x.Number));
    }
}
