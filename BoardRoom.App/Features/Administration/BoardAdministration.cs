using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Calendar;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.Minutes;
using BoardRoom.App.Features.Rotation;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Administration;

/// <summary>
/// The board's administration page and the secretariat's commands on its meeting series, generating meetings ahead,
/// skip dates, moving and cancelling meetings (the board's rules are in <see cref="BoardRules"/>, its members in
/// <see cref="BoardMembers"/>). Every command checks the caller on the server, re-plans the co-chair rotation when the
/// calendar or the rotating co-chairs change, and saves nothing when it refuses.
/// </summary>
public sealed class BoardAdministration(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, TimeProvider clock,
    Replanning replanning)
{
    public const int MaxHorizonMonths = 36;

    public async Task<Access<AdminBoard>> GetAsync(string? slug)
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        Board board;
        try
        {
            board = (await BoardAccess.ForBoardAsync(db, personId, slug, BoardRight.Administer, tracked: true)).Board;
        }
        catch (AccessDeniedException refused)
        {
            return Access<AdminBoard>.Denied(refused);
        }

        var personIds = board.Members.Select(m => m.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var withLogin = await MemberInvitations.WithLoginAsync(db, personIds);
        var members = board.Members.Where(m => m.IsActive)
            .OrderBy(m => m.IsPermanentCoChair ? 0 : 1).ThenBy(m => m.Role).ThenBy(m => m.Nation).ThenBy(m => people[m.PersonId].FullName)
            .Select(m => new AdminMember(m.Id, people[m.PersonId].FullName, people[m.PersonId].Email, m.Role, m.Nation, m.Title, m.Organisation,
                m.IsPermanentCoChair, withLogin.Contains(m.PersonId)))
            .ToList();

        var invited = await db.MembershipInvitations.AsNoTracking()
            .Where(i => i.BoardId == board.Id && i.Status == MembershipInvitationStatus.Pending)
            .OrderBy(i => i.NameAsInvited)
            .Select(i => new AdminInvitation(i.Id, i.NameAsInvited, i.Email, i.Role, i.Nation, i.Organisation))
            .ToListAsync();

        var series = await db.MeetingSeries.AsNoTracking().Where(s => s.BoardId == board.Id).ToListAsync();
        var seriesIds = series.Select(s => s.Id).ToList();
        var skips = await db.SeriesSkipDates.AsNoTracking().Where(s => seriesIds.Contains(s.SeriesId)).ToListAsync();
        var seriesLines = new List<AdminSeries>();
        foreach (var s in series.OrderBy(s => s.Name))
        {
            seriesLines.Add(new AdminSeries(s.Id, s.Name, s.Cadence.Describe(), s.FirstMeetingOn,
                (int)s.DefaultLength.TotalMinutes, s.Venue, s.OnlineLink,
                skips.Where(x => x.SeriesId == s.Id).OrderBy(x => x.Date).Select(x => new AdminSkipDate(x.Date, x.Reason)).ToList(),
                await StandingTemplates.ForSeriesAsync(db, s.Id)));
        }

        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BoardId == board.Id).OrderBy(m => m.StartsAt).ToListAsync();
        var names = series.ToDictionary(s => s.Id, s => s.Name);
        var meetingLines = meetings.Select(m => new AdminMeeting(m.Id, m.Number, m.Title,
            m.SeriesId is { } sid && names.TryGetValue(sid, out var n) ? n : string.Empty,
            m.StartsAt, m.EndsAt, m.Status, m.AgendaStatus, CoChairName(board, people, m.RotatingCoChairId))).ToList();
        return Access<AdminBoard>.Allowed(new AdminBoard(board.Id, board.Name, board.Slug, members, seriesLines, meetingLines,
            board.QuorumRule.MinimumMembers, board.QuorumRule.RequiresCoChair, board.ShowReservedBusinessLine, board.RotationOrder)
        {
            Invitations = invited,
            RequiresTwoFactorForOfficers = board.RequiresTwoFactorForOfficers,
            AllowsInquorateDecisions = board.AllowsInquorateDecisions,
            ActionReminderDays = board.ActionReminderDays,
            AgendaNeedsBothCoChairs = board.AgendaNeedsBothCoChairs,
        });
    }

    public async Task<MeetingSeriesId> CreateSeriesAsync(string? slug, NewSeriesForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (db, board, _) = await OpenAsync(slug);
        await using (db)
        {
            var cadence = new Cadence(form.EveryWeeks, form.Day, form.LocalStart);
            var series = MeetingSeries.Create(board.Id, form.Name, cadence, form.FirstMeetingOn,
                TimeSpan.FromMinutes(Require.Positive(form.DefaultLengthMinutes, "The default meeting length (minutes)")), form.Venue, form.OnlineLink);
            db.MeetingSeries.Add(series);
            await db.SaveChangesAsync();
            return series.Id;
        }
    }

    /// <summary>
    /// Revises a series' name, default length, venue and online link. Its meetings still to come follow where they
    /// still had the series' old venue and link (or old length): a meeting moved to another room on its own keeps it.
    /// Returns how many meetings changed; their calendar entries are updated.
    /// </summary>
    public async Task<int> ReviseSeriesAsync(string? slug, MeetingSeriesId seriesId, SeriesDetailsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (db, board, by) = await OpenAsync(slug);
        await using (db)
        {
            var series = await SeriesAsync(db, board, seriesId);
            var (oldVenue, oldLink, oldLength) = (series.Venue, series.OnlineLink, series.DefaultLength);
            series.Revise(form.Name, TimeSpan.FromMinutes(form.DefaultLengthMinutes), form.Venue, form.OnlineLink);
            var now = clock.GetUtcNow();
            var touched = new List<MeetingId>();
            // Members hold an issued agenda's meeting in their calendars from its email: tell them of its new place or length.
            var announce = new List<Replanning.Announcement>();
            foreach (var meeting in await db.Meetings.Where(m => m.SeriesId == series.Id && m.Status == MeetingStatus.Scheduled).ToListAsync())
            {
                if (meeting.StartsAt <= now)
                {
                    continue;
                }
                var changed = false;
                if (meeting.Venue == oldVenue && meeting.OnlineLink == oldLink && (series.Venue != oldVenue || series.OnlineLink != oldLink))
                {
                    meeting.ChangePlace(series.Venue, series.OnlineLink);
                    changed = true;
                }
                if (meeting.Length == oldLength && series.DefaultLength != oldLength)
                {
                    meeting.Reschedule(meeting.StartsAt, series.DefaultLength);
                    changed = true;
                }
                if (changed)
                {
                    touched.Add(meeting.Id);
                    if (meeting.AgendaStatus == AgendaStatus.Approved)
                    {
                        announce.Add(new(meeting, $"The {series.Name} series was revised.", Moved: false));
                    }
                }
            }
            await SaveWithReplanAsync(db, board, $"The {series.Name} series was revised", by, touched, announce);
            return touched.Count;
        }
    }

    /// <summary>
    /// Creates the series' meetings from now until <paramref name="months"/> ahead, numbered on from the series' last
    /// meeting. Occurrences already generated (even if since moved or cancelled), already held on that date, or on a
    /// skip date are left out. Returns how many meetings were created.
    /// </summary>
    public async Task<int> GenerateMeetingsAsync(string? slug, MeetingSeriesId seriesId, int months)
    {
        var (db, board, by) = await OpenAsync(slug);
        await using (db)
        {
            if (months < 1 || months > MaxHorizonMonths)
            {
                throw new DomainRuleException($"Meetings can be generated from 1 to {MaxHorizonMonths} months ahead (got {months}).");
            }
            var series = await SeriesAsync(db, board, seriesId);
            var now = clock.GetUtcNow();
            var until = now.AddMonths(months);
            var generated = await db.SeriesOccurrences.Where(o => o.SeriesId == series.Id).Select(o => o.Index).ToListAsync();
            var skipDates = await db.SeriesSkipDates.Where(s => s.SeriesId == series.Id).Select(s => s.Date).ToListAsync();
            var existing = await db.Meetings.Where(m => m.SeriesId == series.Id).ToListAsync();
            var byDate = existing.GroupBy(m => LocalDate(m.StartsAt, series)).ToDictionary(g => g.Key, g => g.First());
            var number = existing.Count == 0 ? 0 : existing.Max(m => m.Number);
            var created = new List<Meeting>();
            foreach (var (index, startsAt) in series.OccurrencesFrom(now))
            {
                if (startsAt > until)
                {
                    break;
                }
                var date = LocalDate(startsAt, series);
                if (generated.Contains(index) || skipDates.Contains(date))
                {
                    continue;
                }
                if (byDate.TryGetValue(date, out var already))
                {
                    db.SeriesOccurrences.Add(new SeriesOccurrenceRow { SeriesId = series.Id, Index = index, MeetingId = already.Id });
                    continue;
                }
                number++;
                var meeting = Meeting.Schedule(board.Id, series.Id, number, $"{series.Name} meeting {number}", startsAt,
                    series.DefaultLength, series.Venue, series.OnlineLink);
                db.Meetings.Add(meeting);
                db.SeriesOccurrences.Add(new SeriesOccurrenceRow { SeriesId = series.Id, Index = index, MeetingId = meeting.Id });
                created.Add(meeting);
            }
            await CalendarStamps.TouchAsync(db, created.Select(m => m.Id), now);
            await using var tx = await db.Database.BeginTransactionAsync();
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // The occurrence rows' key: someone else generated the same dates a moment ago.
                throw new DomainRuleException("Meetings of this series were being generated by someone else at the same time; reload and try again.");
            }
            await replanning.ReplanAsync(db, board, $"{created.Count} meeting(s) of {series.Name} generated", by, now);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return created.Count;
        }
    }

    /// <summary>
    /// Adds a date the series does not meet. A scheduled meeting of the series already on that date is cancelled and
    /// the rotation re-planned; generation never creates one there. Returns the meeting cancelled, if any.
    /// </summary>
    public async Task<MeetingId?> AddSkipDateAsync(string? slug, MeetingSeriesId seriesId, DateOnly date, string reason)
    {
        var why = Require.Text(reason, "The reason for skipping the date", 200);
        var (db, board, by) = await OpenAsync(slug);
        await using (db)
        {
            var series = await SeriesAsync(db, board, seriesId);
            if (await db.SeriesSkipDates.AnyAsync(s => s.SeriesId == series.Id && s.Date == date))
            {
                throw new DomainRuleException($"{Display(date)} is already a skip date of {series.Name}.");
            }
            db.SeriesSkipDates.Add(new SeriesSkipDateRow { SeriesId = series.Id, Date = date, Reason = why });
            var now = clock.GetUtcNow();
            var onThatDay = (await db.Meetings.Where(m => m.SeriesId == series.Id && m.Status == MeetingStatus.Scheduled && m.StartsAt > now).ToListAsync())
                .FirstOrDefault(m => LocalDate(m.StartsAt, series) == date);
            onThatDay?.Cancel();
            await SaveWithReplanAsync(db, board, $"{Display(date)} skipped: {why}", by, onThatDay is null ? [] : [onThatDay.Id],
                onThatDay is null ? [] : [new(onThatDay, $"{Display(date)} is not a meeting date of {series.Name}: {why}")]);
            return onThatDay?.Id;
        }
    }

    public async Task RemoveSkipDateAsync(string? slug, MeetingSeriesId seriesId, DateOnly date)
    {
        var (db, board, _) = await OpenAsync(slug);
        await using (db)
        {
            var series = await SeriesAsync(db, board, seriesId);
            var row = await db.SeriesSkipDates.FirstOrDefaultAsync(s => s.SeriesId == series.Id && s.Date == date)
                ?? throw new DomainRuleException($"{Display(date)} is not a skip date of {series.Name}.");
            db.SeriesSkipDates.Remove(row);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Adds an item to the series' standing agenda template (the default template is copied first).</summary>
    public async Task AddStandingItemAsync(string? slug, MeetingSeriesId seriesId, StandingItemForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var title = Require.Text(form.Title, "The standing item's title", 200);
        var presenter = Require.OptionalText(form.Presenter, "Presenter", 120);
        var minutes = Require.Positive(form.MinutesAllotted, "Time allotted (minutes)");
        var (db, board, _) = await OpenAsync(slug);
        await using (db)
        {
            var series = await SeriesAsync(db, board, seriesId);
            var rows = await TemplateRowsAsync(db, series.Id);
            if (rows.Any(r => string.Equals(r.Title, title, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DomainRuleException($"'{title}' is already a standing item of {series.Name}.");
            }
            rows.Add(new SeriesStandingItemRow
            {
                SeriesId = series.Id, Position = rows.Max(r => r.Position) + 1, Title = title, Purpose = form.Purpose, Presenter = presenter,
                MinutesAllotted = minutes, AtEnd = form.AtEnd,
            });
            db.SeriesStandingItems.Add(rows[^1]);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Takes an item out of the series' standing agenda template; agendas that already have it keep it.</summary>
    public async Task RemoveStandingItemAsync(string? slug, MeetingSeriesId seriesId, string title)
    {
        var (db, board, _) = await OpenAsync(slug);
        await using (db)
        {
            var series = await SeriesAsync(db, board, seriesId);
            var rows = await TemplateRowsAsync(db, series.Id);
            var row = rows.FirstOrDefault(r => string.Equals(r.Title, title?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new DomainRuleException($"'{title}' is not a standing item of {series.Name}.");
            db.SeriesStandingItems.Remove(row);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The series' template rows, tracked; created from the default template the first time it is edited.</summary>
    private static async Task<List<SeriesStandingItemRow>> TemplateRowsAsync(BoardRoomDbContext db, MeetingSeriesId seriesId)
    {
        var rows = await db.SeriesStandingItems.Where(s => s.SeriesId == seriesId).OrderBy(s => s.Position).ToListAsync();
        if (rows.Count > 0)
        {
            return rows;
        }
        rows = StandingAgenda.Default.Select((t, i) => new SeriesStandingItemRow
        {
            SeriesId = seriesId, Position = i + 1, Title = t.Title, Purpose = t.Purpose, Presenter = t.Presenter,
            MinutesAllotted = t.MinutesAllotted, AtEnd = t.AtEnd,
        }).ToList();
        db.SeriesStandingItems.AddRange(rows);
        return rows;
    }

    /// <summary>Moves a meeting to a new date and London times; the rotation of the meetings after it is re-planned.</summary>
    public async Task MoveMeetingAsync(string? slug, MeetingId meetingId, MoveMeetingForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.End <= form.Start)
        {
            throw new DomainRuleException($"The meeting must end after it starts ({form.Start:HH\\:mm} to {form.End:HH\\:mm}).");
        }
        var (db, board, by) = await OpenAsync(slug);
        await using (db)
        {
            var meeting = await MeetingAsync(db, board, meetingId);
            var now = clock.GetUtcNow();
            var startsAt = LondonTime.ToUtc(form.Date, form.Start);
            if (startsAt <= now)
            {
                throw new DomainRuleException("A meeting cannot be moved into the past.");
            }
            if (RotationMeeting.From(meeting).IsFixedAt(now))
            {
                throw new DomainRuleException($"{meeting.Title} has started or been held; it cannot be moved.");
            }
            meeting.Reschedule(startsAt, form.End - form.Start);
            var why = string.IsNullOrWhiteSpace(form.Reason) ? $"{meeting.Title} moved to {Display(form.Date)}" : Require.Text(form.Reason, "Reason", 500);
            await SaveWithReplanAsync(db, board, why, by, [meeting.Id], new Replanning.Announcement(meeting, form.Reason ?? string.Empty));
        }
    }

    public async Task CancelMeetingAsync(string? slug, MeetingId meetingId, string reason)
    {
        var why = Require.Text(reason, "The reason for cancelling", 500);
        var (db, board, by) = await OpenAsync(slug);
        await using (db)
        {
            var meeting = await MeetingAsync(db, board, meetingId);
            meeting.Cancel();
            await SaveWithReplanAsync(db, board, $"{meeting.Title} cancelled: {why}", by, [meeting.Id], new Replanning.Announcement(meeting, why));
        }
    }

    private async Task<(BoardRoomDbContext Db, Board Board, PersonId By)> OpenAsync(string? slug)
    {
        var personId = await currentPerson.RequiredIdAsync();
        var db = await dbFactory.CreateDbContextAsync();
        try
        {
            return (db, await BoardGate.ForAdministrationAsync(db, slug, personId), personId);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private async Task ReplanAndSaveAsync(BoardRoomDbContext db, Board board, string reason, PersonId by) =>
        await SaveWithReplanAsync(db, board, reason, by, []);

    private Task SaveWithReplanAsync(BoardRoomDbContext db, Board board, string reason, PersonId by, IReadOnlyList<MeetingId> touched,
        params IReadOnlyList<Replanning.Announcement> announce) =>
        replanning.SaveAsync(db, board, reason, by, touched, announce);

    private static async Task<MeetingSeries> SeriesAsync(BoardRoomDbContext db, Board board, MeetingSeriesId id) =>
        await db.MeetingSeries.FirstOrDefaultAsync(s => s.Id == id && s.BoardId == board.Id)
        ?? throw new DomainRuleException("That series is not one of this board's.");

    private static async Task<Meeting> MeetingAsync(BoardRoomDbContext db, Board board, MeetingId id) =>
        await db.Meetings.FirstOrDefaultAsync(m => m.Id == id && m.BoardId == board.Id)
        ?? throw new DomainRuleException("That meeting is not one of this board's.");

    private static DateOnly LocalDate(DateTimeOffset utc, MeetingSeries series) => DateOnly.FromDateTime(LondonTime.ToLocal(utc, series.TimeZoneId));

    private static string Display(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string CoChairName(Board board, IReadOnlyDictionary<PersonId, Person> people, MembershipId? id)
    {
        var m = board.Members.FirstOrDefault(x => x.Id == id);
        if (m is null || !people.TryGetValue(m.PersonId, out var p))
        {
            return string.Empty;
        }
        return m.Nation is { } n ? $"{p.FullName} ({n.Display()})" : p.FullName;
    }
}
