using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Publication;

/// <summary>Gathers a meeting's minutes record from the database: meeting, attendance, items, section texts, decisions, actions.</summary>
public sealed class MinutesRecordLoader(SectionTexts texts)
{
    /// <summary>Loads the meeting (tracked, with its workflow, created on first use) and assembles its full record. Null when there is no such meeting.</summary>
    public async Task<LoadedRecord?> LoadAsync(BoardRoomDbContext db, MeetingId meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Declarations)
            .FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }
        var board = await db.Boards.Include(b => b.Members).FirstAsync(b => b.Id == meeting.BoardId, cancellationToken);
        var workflow = await db.MinutesWorkflows
            .Include(w => w.History).Include(w => w.Comments).Include(w => w.Signatures).Include(w => w.Publications)
            .AsSplitQuery()
            .FirstOrDefaultAsync(w => w.MeetingId == meetingId, cancellationToken);
        if (workflow is null)
        {
            workflow = MinutesWorkflow.Begin(meeting);
            db.MinutesWorkflows.Add(workflow);
        }
        var (record, names) = await AssembleAsync(db, board, meeting, cancellationToken);
        return new LoadedRecord(board, meeting, workflow, record, board.Slug, names);
    }

    private async Task<(MinutesRecord, IReadOnlyDictionary<Core.People.PersonId, string>)> AssembleAsync(BoardRoomDbContext db, Board board, Meeting meeting, CancellationToken cancellationToken)
    {
        var series = meeting.SeriesId is { } sid
            ? await db.MeetingSeries.AsNoTracking().Where(s => s.Id == sid).Select(s => new { s.Name, s.TimeZoneId }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var seriesName = series?.Name ?? string.Empty;
        var zone = series?.TimeZoneId ?? MeetingSeries.DefaultTimeZone;
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var actions = await db.Actions.AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var personIds = board.Members.Select(m => m.PersonId)
            .Concat(meeting.Attendance.Where(a => a.PersonId != null).Select(a => a.PersonId!.Value))
            .Concat(meeting.Declarations.Select(d => d.PersonId))
            .Concat(actions.Where(a => a.OwnerPersonId != null).Select(a => a.OwnerPersonId!.Value))
            .Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        string Name(Core.People.PersonId id) => names.GetValueOrDefault(id, "Former member");

        var coChairs = board.CoChairsOf(meeting)
            .OrderByDescending(m => m.IsPermanentCoChair)
            .Select(m => m.IsPermanentCoChair
                ? $"{Name(m.PersonId)} (permanent co-chair)"
                : m.Nation is { } n ? $"{Name(m.PersonId)} (rotating co-chair, {n.Display()})" : $"{Name(m.PersonId)} (co-chair)")
            .ToList();
        // Dated by when it was held, not when it was planned: the public record never shows a day that did not happen.
        var header = new RecordHeader(board.Name, seriesName, meeting.Number, meeting.Title, meeting.HeldAt, meeting.HeldUntil, meeting.Venue, coChairs, zone);

        var startedAt = meeting.HeldAt;
        var endedAt = meeting.HeldUntil;
        var coChairPeople = board.CoChairsOf(meeting).Select(m => m.PersonId).ToHashSet();
        Membership? MembershipOf(AttendanceEntry a) => board.Members.FirstOrDefault(m => m.PersonId == a.PersonId && m.IsActive);
        RecordAttendee Member(AttendanceEntry a, string organisation) => new(
            Name(a.PersonId!.Value),
            organisation,
            a.ArrivedAt is { } arrived && arrived > startedAt.AddMinutes(1) ? arrived : null,
            a.LeftAt is { } left && left < endedAt.AddMinutes(-1) ? left : null);
        // Those with a vote are "present"; the secretariat and observers attend without one, so are "in attendance".
        bool Votes(AttendanceEntry a) => MembershipOf(a) is not { Role: BoardRole.Secretariat or BoardRole.Observer };
        var membersThere = meeting.Attendance.Where(a => !a.IsGuest && a.Status == AttendanceStatus.Present).ToList();
        var present = membersThere.Where(Votes)
            .OrderByDescending(a => coChairPeople.Contains(a.PersonId!.Value)).ThenBy(a => Name(a.PersonId!.Value), StringComparer.Ordinal)
            .Select(a => Member(a, MembershipOf(a)?.Organisation ?? string.Empty)).ToList();
        var officials = membersThere.Where(a => !Votes(a))
            .OrderBy(a => MembershipOf(a)?.Role).ThenBy(a => Name(a.PersonId!.Value), StringComparer.Ordinal)
            .Select(a => Member(a, NonVotingRole(MembershipOf(a)!))).ToList();
        var apologies = meeting.Attendance.Where(a => !a.IsGuest && a.Status == AttendanceStatus.Apologies)
            .Select(a => new RecordAttendee(Name(a.PersonId!.Value), string.Empty)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        var guests = meeting.Attendance.Where(a => a.IsGuest)
            .Select(a => new RecordAttendee(a.GuestName, a.GuestOrganisation,
                a.ArrivedAt is { } arrived && arrived > startedAt.AddMinutes(1) ? arrived : null,
                a.LeftAt is { } left && left < endedAt.AddMinutes(-1) ? left : null))
            .OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        var quorum = RecordQuorum.Of(board.QuorumRule, board.Members, meeting);

        var itemIds = meeting.AgendaItems.Select(i => (Core.Agendas.AgendaItemId?)i.Id).ToList();
        var carriedTo = (await (from later in db.AgendaItems.AsNoTracking()
                                where itemIds.Contains(later.CarriedFromId)
                                join m in db.Meetings.AsNoTracking() on later.MeetingId equals m.Id
                                select new { later.CarriedFromId, m.StartsAt }).ToListAsync(cancellationToken))
            .GroupBy(x => x.CarriedFromId!.Value).ToDictionary(g => g.Key, g => g.Min(x => x.StartsAt));
        var items = new List<RecordItem>();
        foreach (var item in meeting.AgendaItems)
        {
            if (item.WasNotReached)
            {
                // Not taken: the record holds where it went, and none of what may have been typed or captured against it.
                items.Add(new RecordItem(item.Position, item.Title, item.Presenter, item.Purpose, item.IsReserved, string.Empty, [], [], [],
                    item.Outcome, carriedTo.TryGetValue(item.Id, out var to) ? to : null));
                continue;
            }
            var text = await texts.ReadAsync(item.Id.Value, cancellationToken);
            items.Add(new RecordItem(item.Position, item.Title, item.Presenter, item.Purpose, item.IsReserved, text,
                meeting.Declarations.Where(d => d.AgendaItemId == item.Id).OrderBy(d => d.DeclaredAt)
                    .Select(d => new RecordDeclaration(Name(d.PersonId), d.Interest, d.Withdraws)).ToList(),
                decisions.Where(d => d.AgendaItemId == item.Id).OrderBy(d => d.Year).ThenBy(d => d.Sequence)
                    .Select(d => new RecordDecision(d.Reference, d.Text, d.HowDecided)).ToList(),
                actions.Where(a => a.AgendaItemId == item.Id).OrderBy(a => a.Year).ThenBy(a => a.Sequence)
                    .Select(a => new RecordAction(a.Reference, a.Description, a.OwnerPersonId is { } o ? Name(o) : a.OwnerOrganisation, a.Measure, a.DueOn)).ToList()));
        }

        var next = await db.Meetings.AsNoTracking()
            .Where(m => m.BoardId == meeting.BoardId && m.SeriesId == meeting.SeriesId && m.StartsAt > meeting.StartsAt && m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.StartsAt).FirstOrDefaultAsync(cancellationToken);
        var nextText = next is null ? null : NextMeeting(next, zone);
        return (MinutesRecord.Full(header, present, apologies, [.. officials, .. guests], items, nextText, board.ShowReservedBusinessLine, quorum), names);
    }

    private static string NonVotingRole(Membership membership)
    {
        var role = membership.Role == BoardRole.Secretariat ? "Secretariat" : "Observer";
        return membership.Organisation.Length > 0 ? $"{role}, {membership.Organisation}" : role;
    }

    private static string NextMeeting(Meeting next, string zone)
    {
        var when = MeetingTimeText.DayAndTime(next.StartsAt, zone);
        return next.Venue.Length > 0 ? $"{when}, {next.Venue}." : when + ".";
    }
}
