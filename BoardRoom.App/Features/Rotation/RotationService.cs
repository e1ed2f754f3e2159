using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Administration;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Rotation;

/// <summary>
/// The co-chair rotation of a board: every member may read the schedule, tally and change log; only the secretariat
/// swaps, chooses by hand or records unavailability (a rotating co-chair may record their own).
/// </summary>
public sealed class RotationService(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, Boards.BoardDirectory boards, TimeProvider clock, Replanning replanning)
{
    /// <summary>The person's boards, for choosing whose rotation (or administration) to open.</summary>
    public async Task<IReadOnlyList<RotationBoardLink>> BoardsAsync() =>
        (await boards.MineAsync()).Select(b => new RotationBoardLink(b.Name, b.Slug, b.MyRole == BoardRole.Secretariat)).ToList();

    public async Task<Access<RotationView>> GetAsync(string? slug)
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        Board board;
        try
        {
            board = (await BoardAccess.ForBoardAsync(db, personId, slug, BoardRight.View, tracked: true)).Board;
        }
        catch (AccessDeniedException refused)
        {
            return Access<RotationView>.Denied(refused);
        }

        var now = clock.GetUtcNow();
        var (input, meetings) = await RotationPlanner.LoadAsync(db, board, now);
        var plan = CoChairRotation.Plan(input);
        var personIds = board.Members.Select(m => m.PersonId).ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
        string Name(MembershipId? id) => board.Members.FirstOrDefault(m => m.Id == id) is { } m && names.TryGetValue(m.PersonId, out var n) ? n : string.Empty;
        string WithNation(MembershipId? id) => board.Members.FirstOrDefault(m => m.Id == id) is { Nation: { } nation } ? $"{Name(id)} ({nation.Display()})" : Name(id);

        var byId = meetings.ToDictionary(m => m.Id);
        var pinned = input.Pins.ToDictionary(p => p.MeetingId, p => p.Kind);
        var unavailable = await db.RotationUnavailability.AsNoTracking().Where(u => u.BoardId == board.Id).ToListAsync();
        var schedule = plan.Entries.Select(e =>
        {
            var m = byId[e.MeetingId];
            return new RotationScheduleLine(m.Id, m.Number, m.Title, m.StartsAt, m.Status, e.Outcome, e.CoChairId, Name(e.CoChairId), e.Nation,
                e.PassedOver, unavailable.Where(u => u.MeetingId == m.Id).Select(u => new RotationAbsence(u.MembershipId, WithNation(u.MembershipId), u.Reason)).ToList(),
                pinned.TryGetValue(m.Id, out var kind) ? kind : null, e.Note);
        }).ToList();

        // Newest first; the changes of one re-plan share an instant and read best in meeting order.
        var log = (await db.RotationChanges.AsNoTracking().Where(c => c.BoardId == board.Id)
                .OrderByDescending(c => c.At).Take(200).ToListAsync())
            .OrderByDescending(c => c.At).ThenBy(c => byId.TryGetValue(c.MeetingId, out var m) ? m.StartsAt : DateTimeOffset.MaxValue).ToList();
        var byNames = await PeopleNamesAsync(db, log.Where(c => c.By is not null).Select(c => c.By!.Value));
        var logLines = log.Select(c => new RotationLogLine(c.At,
            byId.TryGetValue(c.MeetingId, out var m) ? m.Title : "A meeting",
            c.FromMembershipId is null ? "nobody" : WithNation(c.FromMembershipId),
            c.ToMembershipId is null ? "nobody" : WithNation(c.ToMembershipId),
            c.Kind, c.Reason, c.By is { } by && byNames.TryGetValue(by, out var who) ? who : "the rotation")).ToList();

        var pool = input.Pool.Select(s => new RotationSeatLine(s.MembershipId, s.Nation, Name(s.MembershipId))).ToList();
        return Access<RotationView>.Allowed(new RotationView(board.Name, board.Slug, board.Allows(personId, BoardCapability.Administer),
            pool, schedule, plan.Tally().Nations, plan.Owed, logLines));
    }

    /// <summary>Exchanges the rotating co-chairs of two planned meetings of the board.</summary>
    public async Task SwapAsync(string? slug, MeetingId meetingA, MeetingId meetingB, string reason)
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var board = await BoardGate.ForAdministrationAsync(db, slug, personId);
        var now = clock.GetUtcNow();
        var (input, meetings) = await RotationPlanner.LoadAsync(db, board, now);
        var decision = CoChairRotation.Swap(input, meetingA, meetingB, reason, personId, now);
        await StoreDecisionAsync(db, board, input, meetings, decision, personId, now);
    }

    /// <summary>Chooses a planned meeting's rotating co-chair by hand.</summary>
    public async Task ChooseAsync(string? slug, MeetingId meetingId, MembershipId coChair, string reason)
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var board = await BoardGate.ForAdministrationAsync(db, slug, personId);
        var now = clock.GetUtcNow();
        var (input, meetings) = await RotationPlanner.LoadAsync(db, board, now);
        var decision = CoChairRotation.Choose(input, meetingId, coChair, reason, personId, now);
        await StoreDecisionAsync(db, board, input, meetings, decision, personId, now);
    }

    /// <summary>Records that a rotating co-chair cannot chair a meeting; the rotation re-plans around it.</summary>
    public async Task MarkUnavailableAsync(string? slug, MeetingId meetingId, MembershipId coChair, string reason)
    {
        var why = Require.Text(reason, "The reason", 500);
        var (db, board, personId, meeting) = await OpenForUnavailabilityAsync(slug, meetingId, coChair);
        await using (db)
        {
            if (await db.RotationUnavailability.AnyAsync(u => u.MeetingId == meetingId && u.MembershipId == coChair))
            {
                throw new DomainRuleException("That co-chair is already marked unavailable for this meeting.");
            }
            db.RotationUnavailability.Add(new RotationUnavailabilityRow
            {
                MeetingId = meetingId, MembershipId = coChair, BoardId = board.Id, Reason = why, RecordedBy = personId, RecordedAt = clock.GetUtcNow(),
            });
            await SaveAndReplanAsync(db, board, $"Unavailable for {meeting.Title}: {why}", personId);
        }
    }

    public async Task ClearUnavailableAsync(string? slug, MeetingId meetingId, MembershipId coChair)
    {
        var (db, board, personId, meeting) = await OpenForUnavailabilityAsync(slug, meetingId, coChair);
        await using (db)
        {
            var row = await db.RotationUnavailability.FirstOrDefaultAsync(u => u.MeetingId == meetingId && u.MembershipId == coChair)
                ?? throw new DomainRuleException("That co-chair is not marked unavailable for this meeting.");
            db.RotationUnavailability.Remove(row);
            await SaveAndReplanAsync(db, board, $"Available again for {meeting.Title}", personId);
        }
    }

    private async Task<(BoardRoomDbContext, Board, PersonId, Meeting)> OpenForUnavailabilityAsync(string? slug, MeetingId meetingId, MembershipId coChair)
    {
        var personId = await currentPerson.RequiredIdAsync();
        var db = await dbFactory.CreateDbContextAsync();
        try
        {
            var scope = await BoardAccess.ForBoardAsync(db, personId, slug, BoardRight.View, tracked: true);
            var board = scope.Board;
            if (!scope.Can(BoardCapability.Administer) && scope.Seat.Id != coChair)
            {
                throw AccessDeniedException.Forbidden("Only the secretariat, or the co-chair themselves, can record unavailability.");
            }
            if (!board.RotatingCoChairs.Any(m => m.Id == coChair))
            {
                throw new DomainRuleException("Only a rotating co-chair of this board can be marked unavailable.");
            }
            var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.BoardId == board.Id)
                ?? throw new DomainRuleException("That meeting is not one of this board's meetings.");
            if (RotationMeeting.From(meeting).IsFixedAt(clock.GetUtcNow()) || meeting.Status == MeetingStatus.Cancelled)
            {
                throw new DomainRuleException($"{meeting.Title} has been held or cancelled; its co-chair can no longer change.");
            }
            return (db, board, personId, meeting);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private Task SaveAndReplanAsync(BoardRoomDbContext db, Board board, string reason, PersonId by) =>
        replanning.SaveAsync(db, board, reason, by);

    private async Task StoreDecisionAsync(BoardRoomDbContext db, Board board, RotationInput input, IReadOnlyList<Meeting> meetings,
        RotationDecision decision, PersonId by, DateTimeOffset now)
    {
        var ids = decision.Pins.Select(p => p.MeetingId).ToList();
        db.RotationPins.RemoveRange(await db.RotationPins.Where(p => ids.Contains(p.MeetingId)).ToListAsync());
        foreach (var pin in decision.Pins)
        {
            db.RotationPins.Add(new RotationPinRow
            {
                MeetingId = pin.MeetingId, BoardId = board.Id, MembershipId = pin.MembershipId, TurnOf = pin.TurnOf, Kind = pin.Kind,
                PinnedBy = by, PinnedAt = now,
            });
        }
        // Log against what is stored (not the plan before), so the log always explains the stored co-chairs.
        var kinds = decision.Changes.ToDictionary(c => c.MeetingId, c => c.Kind);
        var reason = (decision.Changes.Count > 0 ? decision.Changes[0].Reason : null) ?? string.Empty;
        var changes = RotationChanges.FromCurrent(input.Meetings, decision.Plan, reason, by, now)
            .Select(c => kinds.TryGetValue(c.MeetingId, out var k) ? c with { Kind = k } : c).ToList();
        await RotationPlanner.ApplyAsync(db, board.Id, meetings, changes, now);
        await replanning.AnnounceAsync(db, board, changes);
        await db.SaveChangesAsync();
    }

    private static async Task<Dictionary<PersonId, string>> PeopleNamesAsync(BoardRoomDbContext db, IEnumerable<PersonId> ids)
    {
        var list = ids.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
    }
}
