using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.MeetingRun;

/// <summary>
/// Running a meeting live. Anyone on the board may watch; only the meeting's co-chairs and the secretariat may drive
/// it (checked here, on the server, for every command); a member may declare their own interests.
/// </summary>
public sealed class MeetingRunService(
    IDbContextFactory<BoardRoomDbContext> dbFactory,
    CurrentPerson currentPerson,
    MeetingLiveFeed feed,
    Agendas.AgendaEditor agendas,
    TimeProvider clock)
{
    public const string NotAllowedToRun = BoardAccess.NotRunner;

    /// <summary>After each change to the meeting, its fresh snapshot, read once for all of its open pages: shape it with <see cref="View"/>.</summary>
    public IDisposable Subscribe(MeetingId meetingId, Func<MeetingSnapshot?, Task> onChanged) => feed.Subscribe(meetingId, onChanged);

    /// <summary>The meeting as it is now (null: there is no such meeting), for a page to shape with <see cref="ViewAsync"/>.</summary>
    public Task<MeetingSnapshot?> ReadAsync(MeetingId meetingId) => feed.ReadAsync(meetingId);

    public async Task<Access<RunView>> GetAsync(string? meetingId) =>
        MeetingId.TryParse(meetingId, out var id)
            ? await ViewAsync(await feed.ReadAsync(id))
            : Access<RunView>.Denied(AccessDeniedException.NotFound($"'{meetingId}' is not a meeting address."));

    /// <summary>The live state of the meeting as the current person may see it, from a read of it (null: it is gone).</summary>
    public async Task<Access<RunView>> ViewAsync(MeetingSnapshot? snapshot)
    {
        var me = await currentPerson.RequiredIdAsync();
        BoardScope scope;
        try
        {
            scope = BoardAccess.ForLoadedMeeting(me, snapshot?.Meeting, snapshot?.Board, BoardRight.View);
        }
        catch (AccessDeniedException refused)
        {
            return Access<RunView>.Denied(refused);
        }
        return Access<RunView>.Allowed(View(snapshot!, scope.Seat, me));
    }

    /// <summary>Starts the meeting; far from its scheduled time only once the person has confirmed (Core's rule).</summary>
    public Task StartAsync(MeetingId id, bool confirmedOffSchedule = false) => RunAsync(id, (m, _, _, now) => m.Start(now, confirmedOffSchedule));

    /// <summary>
    /// Closes the meeting and, in the same save, carries the items of business it did not reach to the next meeting of
    /// the series still to be held, or records them as deferred (the rule is Core's <see cref="Meeting.Close"/>).
    /// </summary>
    public async Task CloseAsync(MeetingId id, NotReachedChoice notReached)
    {
        var me = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var meeting = (await BoardAccess.ForMeetingAsync(db, me, id, BoardRight.Run, Including, tracked: true)).RequiredMeeting;
        var next = await NextMeetingOfSeriesAsync(db, meeting);
        var template = next is null ? null : await Agendas.StandingTemplates.ForSeriesAsync(db, next.SeriesId);
        meeting.Close(clock.GetUtcNow(), notReached, next, template);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The unique (meeting, carried-from) index: someone carried one of these items at the same moment.
            throw new DomainRuleException("Someone changed the next meeting's agenda at the same moment; close the meeting again.");
        }
    }

    public Task NextItemAsync(MeetingId id) => RunAsync(id, (m, _, _, now) => m.NextItem(now));

    public Task SetCurrentItemAsync(MeetingId id, AgendaItemId itemId) => RunAsync(id, (m, _, _, now) => m.SetCurrentItem(itemId, now));

    public Task RecordAttendanceAsync(MeetingId id, PersonId personId, AttendanceStatus status) =>
        RunAsync(id, (m, board, _, now) =>
        {
            if (board.ActiveMembershipOf(personId) is null)
            {
                throw new DomainRuleException("That person is not a member of this board; add them as a guest.");
            }
            m.RecordAttendance(personId, status, now);
        });

    public Task AddGuestAsync(MeetingId id, string name, string organisation) =>
        RunAsync(id, (m, _, _, now) => m.AddGuest(name, organisation, now));

    public Task RecordDepartureAsync(MeetingId id, AttendanceEntryId entryId) =>
        RunAsync(id, (m, _, _, now) => m.RecordDeparture(entryId, now));

    /// <summary>A member declares their own interest; the co-chairs or secretariat may record anyone's.</summary>
    public Task DeclareInterestAsync(MeetingId id, AgendaItemId itemId, PersonId personId, string interest, bool withdraws) =>
        CommandAsync(id, (m, board, me, now) =>
        {
            if (personId != me && !board.MayRun(me, m))
            {
                throw new DomainRuleException("You can declare only your own interests; the co-chairs or the secretariat record others'.");
            }
            if (board.ActiveMembershipOf(personId) is null)
            {
                throw new DomainRuleException("Only members of the board declare interests here.");
            }
            m.DeclareInterest(itemId, personId, interest, withdraws, now);
        });

    private Task RunAsync(MeetingId id, Action<Meeting, Board, PersonId, DateTimeOffset> change) => CommandAsync(id, BoardRight.Run, change);

    private Task CommandAsync(MeetingId id, Action<Meeting, Board, PersonId, DateTimeOffset> change) => CommandAsync(id, BoardRight.View, change);

    private async Task CommandAsync(MeetingId id, BoardRight right, Action<Meeting, Board, PersonId, DateTimeOffset> change)
    {
        var me = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var scope = await BoardAccess.ForMeetingAsync(db, me, id, right, Including, tracked: true);
        change(scope.RequiredMeeting, scope.Board, me, clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    /// <summary>An item not reached (or deferred) goes to the next meeting's agenda; the checks are the agenda editor's.</summary>
    public async Task CarryForwardAsync(MeetingId id, AgendaItemId itemId)
    {
        await agendas.CarryForwardAsync(id, itemId);
    }

    private static Task<Meeting?> NextMeetingOfSeriesAsync(BoardRoomDbContext db, Meeting meeting) =>
        meeting.SeriesId is { } series
            ? db.Meetings.Include(m => m.AgendaItems)
                .Where(m => m.SeriesId == series && m.Status == MeetingStatus.Scheduled && m.StartsAt > meeting.StartsAt)
                .OrderBy(m => m.StartsAt).FirstOrDefaultAsync()
            : Task.FromResult<Meeting?>(null);

    private static IQueryable<Meeting> Including(IQueryable<Meeting> meetings) =>
        meetings.Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Declarations).AsSplitQuery();

    private RunView View(MeetingSnapshot snapshot, Membership mine, PersonId me)
    {
        var (meeting, board) = (snapshot.Meeting, snapshot.Board);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(LondonTime.ToLocal(now));
        var readsReserved = mine.Can(BoardCapability.ViewReservedBusiness);

        // Where items went is for the run controls only.
        var mayRun = board.MayRun(me, meeting);
        var items = meeting.AgendaItems.Where(i => readsReserved || !i.IsReserved)
            .Select(i => new RunItem(i.Id, i.Position, i.Title, i.MinutesAllotted, i.IsReserved, IsActionLogReview(i), i.IsStanding,
                mayRun && snapshot.CarriedTo.TryGetValue(i.Id, out var n) ? n : null, i.Outcome)).ToList();
        var visible = items.Select(i => i.Id).ToHashSet();
        var current = meeting.CurrentItemId is { } cid && visible.Contains(cid) ? cid : (AgendaItemId?)null;

        var attendance = new List<AttendanceLine>();
        foreach (var m in board.Members.Where(m => m.IsActive && m.Role != BoardRole.Observer)
                     .OrderBy(m => m.IsPermanentCoChair ? 0 : 1).ThenBy(m => m.Role).ThenBy(m => snapshot.NameOf(m.PersonId)))
        {
            var entry = meeting.Attendance.FirstOrDefault(a => a.PersonId == m.PersonId);
            attendance.Add(new AttendanceLine(entry?.Id, m.PersonId, snapshot.NameOf(m.PersonId), RoleName(m), entry?.Status, entry?.ArrivedAt, entry?.LeftAt, false));
        }
        attendance.AddRange(meeting.Attendance.Where(a => a.IsGuest)
            .Select(a => new AttendanceLine(a.Id, null, a.GuestName, a.GuestOrganisation, a.Status, a.ArrivedAt, a.LeftAt, true)));

        var declarations = meeting.Declarations.Where(d => visible.Contains(d.AgendaItemId))
            .Select(d => new DeclarationLine(d.AgendaItemId, items.First(i => i.Id == d.AgendaItemId).Title, d.PersonId, snapshot.NameOf(d.PersonId), d.Interest, d.Withdraws))
            .ToList();

        var decisions = snapshot.Decisions.Where(d => visible.Contains(d.AgendaItemId)).OrderBy(d => d.Sequence)
            .Select(d => new DecisionLine(d.Reference, d.AgendaItemId, d.Text, d.HowDecided)).ToList();
        ActionLine Line(ActionItem a) => new(a.Id, a.Reference, a.AgendaItemId, a.Description,
            a.OwnerPersonId is { } o ? snapshot.NameOf(o) : a.OwnerOrganisation, a.Measure, a.DueOn, a.Status, a.IsOverdue(today),
            snapshot.MeetingTitles.GetValueOrDefault(a.MeetingId, string.Empty));
        var actions = snapshot.BoardActions.Where(a => a.MeetingId == meeting.Id && visible.Contains(a.AgendaItemId))
            .OrderBy(a => a.Sequence).Select(Line).ToList();
        // The action log review lists every action still open from earlier meetings, except, for those who may not
        // read reserved business, actions agreed on a reserved item.
        var review = snapshot.BoardActions.Where(a => a.IsOpen && a.MeetingId != meeting.Id && a.CreatedAt < meeting.StartsAt)
            .Where(a => readsReserved || !snapshot.ReservedItemsWithOpenActions.Contains(a.AgendaItemId))
            .OrderBy(a => a.DueOn).Select(Line).ToList();

        var quorum = Quorum.Evaluate(board.QuorumRule, board.Members, meeting, current, now);
        var members = board.Members.Where(m => m.IsActive)
            .Select(m => new PersonOption(m.PersonId, snapshot.NameOf(m.PersonId), m.Organisation)).OrderBy(p => p.Name).ToList();
        var currentMinutes = current is { } c ? items.First(i => i.Id == c).Minutes : 0;
        var zone = snapshot.TimeZoneId;
        return new RunView(meeting.Id, meeting.Title, meeting.Status, meeting.AgendaStatus, current, current is null ? null : meeting.CurrentItemStartedAt,
            currentMinutes, mayRun, mine.Can(BoardCapability.EditMinutes), me, quorum, board.QuorumRule.Describe(),
            attendance, declarations, decisions, actions, review, items, members,
            meeting.Status == MeetingStatus.Scheduled ? meeting.StartNeedsConfirmation(now, zone) : null, MeetingTimeText.Occasion(meeting, zone));
    }

    private static bool IsActionLogReview(AgendaItem item) =>
        item.IsStanding && item.Title.Contains("action log", StringComparison.OrdinalIgnoreCase);

    private static string RoleName(Membership m) => m.IsPermanentCoChair ? "Permanent co-chair" : m.Role switch
    {
        BoardRole.CoChair => m.Nation is { } n ? $"Co-chair ({n.Display()})" : "Co-chair",
        BoardRole.Secretariat => "Secretariat",
        _ => "Member",
    };
}
