using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Agendas;

/// <summary>
/// Builds a meeting's agenda. Members read it (reserved items only if their role allows); the secretariat and the
/// meeting's co-chairs edit it while it is a draft; only the meeting's co-chairs approve it. Checked on every call.
/// Every saved change is announced on the meeting's <see cref="MeetingLiveNotifier"/> (by <see cref="MeetingChangeInterceptor"/>), so open agenda and meeting pages follow.
/// </summary>
public sealed class AgendaEditor(
    IDbContextFactory<BoardRoomDbContext> dbFactory,
    CurrentPerson currentPerson,
    MeetingLiveNotifier notifier,
    TimeProvider clock,
    MinutesAccessRevalidator minutesAccess,
    Notifications? notifications = null)
{
    public const string NotAnEditor = "Only the secretariat and this meeting's co-chairs can change its agenda.";
    public const string NotACoChair = "Only this meeting's co-chairs can approve its agenda.";

    public async Task<Access<AgendaView>> GetAsync(string? meetingId)
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        BoardScope scope;
        try
        {
            scope = await BoardAccess.ForMeetingAsync(db, personId, meetingId, BoardRight.View, q => q.Include(m => m.AgendaItems));
        }
        catch (AccessDeniedException refused)
        {
            return Access<AgendaView>.Denied(refused);
        }
        var (board, meeting, mine) = (scope.Board, scope.RequiredMeeting, scope.Seat);

        var mayReadReserved = scope.ReadsReserved;
        var papers = await db.AgendaPapers.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.UploadedAt).ToListAsync();
        var carriedFrom = await CarriedForwardLabels.ForAsync(db, meeting);
        var items = meeting.ItemStartTimes()
            .Where(x => mayReadReserved || !x.Item.IsReserved)
            .Select(x => new AgendaItemLine(x.Item.Id, x.Item.Position, x.Item.Title, x.Item.Purpose, x.Item.Presenter, x.Item.MinutesAllotted,
                x.Item.Description, x.Item.IsReserved, x.Item.IsStanding, x.StartsAt, x.StartsAt.AddMinutes(x.Item.MinutesAllotted),
                papers.Where(p => p.AgendaItemId == x.Item.Id).Select(p => new PaperLine(p.Id, p.FileName, p.Length, p.ContentType)).ToList(),
                carriedFrom.GetValueOrDefault(x.Item.Id)))
            .ToList();
        var coChairIds = board.CoChairsOf(meeting).OrderBy(c => c.IsPermanentCoChair ? 0 : 1).ToList();
        var personIds = coChairIds.Select(c => c.PersonId).Concat(meeting.AgendaApprovals.Select(a => a.PersonId)).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
        var coChairs = coChairIds.Select(c => c.Nation is { } n && !c.IsPermanentCoChair ? $"{names[c.PersonId]} ({n.Display()})" : names[c.PersonId]).ToList();
        var series = meeting.SeriesId is { } sid ? await db.MeetingSeries.AsNoTracking().Where(s => s.Id == sid).Select(s => s.Name).FirstOrDefaultAsync() : null;
        var template = await StandingTemplates.ForSeriesAsync(db, meeting.SeriesId);
        var missing = template.Count(t => !meeting.AgendaItems.Any(i => string.Equals(i.Title, t.Title, StringComparison.OrdinalIgnoreCase)));

        return Access<AgendaView>.Allowed(new AgendaView(meeting.Id, meeting.Title, meeting.Number, board.Name, board.Slug,
            meeting.StartsAt, meeting.EndsAt, meeting.Status, meeting.AgendaStatus, coChairs, items,
            meeting.MinutesPlanned, (int)meeting.Length.TotalMinutes, meeting.AgendaItems.Count - items.Count, missing,
            scope.MayRun, scope.IsCoChair)
        {
            Approvals = meeting.AgendaApprovals
                .Select(a => $"{names.GetValueOrDefault(a.PersonId, "Former member")}, {LondonTime.ToLocal(a.ApprovedAt).ToString("d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}")
                .ToList(),
            NeedsBothCoChairs = board.AgendaNeedsBothCoChairs,
            ApprovedByMe = meeting.AgendaApprovals.Any(a => a.PersonId == personId),
            ReadsReserved = mayReadReserved,
        });
    }

    /// <summary>Calls <paramref name="onChanged"/> whenever anyone changes this meeting (its agenda included); dispose to stop.</summary>
    public IDisposable Subscribe(MeetingId meetingId, Func<Task> onChanged) => notifier.Subscribe(meetingId, onChanged);

    public Task<AgendaItemId> AddItemAsync(MeetingId meetingId, AgendaItemForm form) =>
        EditAsync(meetingId, async (meeting, db) =>
        {
            ArgumentNullException.ThrowIfNull(form);
            var template = await StandingTemplates.ForSeriesAsync(db, meeting.SeriesId);
            return meeting.AddAgendaItem(form.Title, form.Purpose, form.Presenter, form.MinutesAllotted, form.Description, form.IsReserved, template: template).Id;
        });

    public async Task ReviseItemAsync(MeetingId meetingId, AgendaItemId itemId, AgendaItemForm form) =>
        await minutesAccess.RevalidateBoardAsync(await EditAsync(meetingId, (meeting, _) =>
        {
            ArgumentNullException.ThrowIfNull(form);
            meeting.ReviseAgendaItem(itemId, form.Title, form.Purpose, form.Presenter, form.MinutesAllotted, form.Description, form.IsReserved);
            return Task.FromResult(meeting.BoardId);
        }));

    /// <summary>Moves an item to a 1-based position; the others close up around it.</summary>
    public Task MoveItemAsync(MeetingId meetingId, AgendaItemId itemId, int newPosition) =>
        EditAsync(meetingId, (meeting, _) =>
        {
            meeting.MoveAgendaItem(itemId, newPosition);
            return Task.FromResult(true);
        });

    /// <summary>Adds the standing items of the series' template that this agenda lacks; returns how many.</summary>
    public Task<int> AddStandingItemsAsync(MeetingId meetingId) =>
        EditAsync(meetingId, async (meeting, db) => meeting.AddStandingItems(await StandingTemplates.ForSeriesAsync(db, meeting.SeriesId)));

    public async Task RemoveItemAsync(MeetingId meetingId, AgendaItemId itemId)
    {
        await EditAsync(meetingId, async (meeting, db) =>
        {
            if (await db.Decisions.AnyAsync(d => d.AgendaItemId == itemId) || await db.Actions.AnyAsync(a => a.AgendaItemId == itemId))
            {
                throw new DomainRuleException("Decisions or actions are recorded against this item, so it cannot be removed.");
            }
            // The item's papers and their bytes go with it (cascades in the database).
            meeting.RemoveAgendaItem(itemId);
            return true;
        });
    }

    /// <summary>
    /// Carries an item of this meeting (deferred, not reached, or to come back to) to the next meeting of its series
    /// that is still to be held, before the closing standing items of that agenda. The secretariat and this meeting's co-chairs may; the next
    /// agenda must be a draft. Returns the meeting it went to.
    /// </summary>
    public async Task<MeetingSummaryLine> CarryForwardAsync(MeetingId meetingId, AgendaItemId itemId)
    {
        var (db, _, meeting, _) = await OpenAsync(meetingId, BoardRight.Run, NotAnEditor);
        await using (db)
        {
            if (meeting.AgendaItems.All(i => i.Id != itemId))
            {
                throw new DomainRuleException("No such item on this agenda.");
            }
            var next = meeting.SeriesId is { } series
                ? await db.Meetings.Include(m => m.AgendaItems)
                    .Where(m => m.SeriesId == series && m.Status == MeetingStatus.Scheduled && m.StartsAt > meeting.StartsAt)
                    .OrderBy(m => m.StartsAt).FirstOrDefaultAsync()
                : null;
            if (next is null)
            {
                throw new DomainRuleException("There is no later meeting of this series to carry the item to; generate the next meetings first.");
            }
            var carried = next.CarryForward(meeting, itemId, await StandingTemplates.ForSeriesAsync(db, next.SeriesId));
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                throw new DomainRuleException($"'{carried.Title}' is already on the agenda of meeting {next.Number}.");
            }
            return new MeetingSummaryLine(next.Id, next.Number, next.StartsAt);
        }
    }

    public async Task ApproveAsync(MeetingId meetingId)
    {
        var (db, board, meeting, personId) = await OpenAsync(meetingId, BoardRight.CoChair, NotACoChair);
        await using (db)
        {
            var wasApproved = meeting.AgendaStatus == AgendaStatus.Approved;
            meeting.ApproveAgenda(board, personId, clock.GetUtcNow());
            if (notifications is not null && !wasApproved && meeting.AgendaStatus == AgendaStatus.Approved)
            {
                // The last approval issues the agenda: its email is saved with it.
                await notifications.AgendaIssuedAsync(db, board, meeting);
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Returns an approved agenda to draft so it can be edited; it then needs the co-chairs' approval again.</summary>
    public async Task ReopenAsync(MeetingId meetingId)
    {
        var (db, _, meeting, _) = await OpenAsync(meetingId, BoardRight.Run, NotAnEditor);
        await using (db)
        {
            if (meeting.Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
            {
                throw new DomainRuleException($"The agenda of a {meeting.Status.ToString().ToLowerInvariant()} meeting cannot be reopened.");
            }
            meeting.ReopenAgenda();
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Attaches a paper to an item after checking its size, name and contents; nothing is kept if any check fails.</summary>
    public async Task<PaperLine> AttachPaperAsync(MeetingId meetingId, AgendaItemId itemId, string fileName, Stream content)
    {
        PaperChecks.ContentTypeOf(fileName);
        var (db, board, meeting, personId) = await OpenForEditingAsync(meetingId);
        await using (db)
        {
            if (meeting.AgendaItems.All(i => i.Id != itemId))
            {
                throw new DomainRuleException("No such item on this agenda.");
            }
            var paper = await PaperChecks.ReadAsync(fileName, content);
            var row = new AgendaPaperRow
            {
                BoardId = board.Id, MeetingId = meeting.Id, AgendaItemId = itemId, FileName = paper.FileName,
                ContentType = paper.ContentType, Length = paper.Length, Sha256 = paper.Sha256,
                UploadedBy = personId, UploadedAt = clock.GetUtcNow(),
            };
            // The paper and its bytes are saved together, in the database every node reads.
            db.AgendaPapers.Add(row);
            db.PaperContents.Add(new PaperContentRow { PaperId = row.Id, Content = paper.Content });
            await db.SaveChangesAsync();
            return new PaperLine(row.Id, row.FileName, row.Length, row.ContentType);
        }
    }

    public async Task RemovePaperAsync(MeetingId meetingId, Guid paperId)
    {
        var (db, board, meeting, personId) = await OpenForEditingAsync(meetingId);
        await using (db)
        {
            var row = await db.AgendaPapers.FirstOrDefaultAsync(p => p.Id == paperId && p.MeetingId == meeting.Id)
                ?? throw new DomainRuleException("No such paper on this agenda.");
            // Its bytes go with it (a cascade in the database).
            db.AgendaPapers.Remove(row);
            await db.SaveChangesAsync();
        }
    }

    private async Task<T> EditAsync<T>(MeetingId meetingId, Func<Meeting, BoardRoomDbContext, Task<T>> change)
    {
        var (db, board, meeting, personId) = await OpenForEditingAsync(meetingId);
        await using (db)
        {
            var result = await change(meeting, db);
            await db.SaveChangesAsync();
            return result;
        }
    }

    /// <summary>The meeting for a change to its agenda: the secretariat's or its co-chairs', while the agenda is a draft.</summary>
    private async Task<(BoardRoomDbContext, Board, Meeting, PersonId)> OpenForEditingAsync(MeetingId meetingId)
    {
        var opened = await OpenAsync(meetingId, BoardRight.Run, NotAnEditor);
        if (opened.Item3.AgendaStatus == AgendaStatus.Approved)
        {
            await opened.Item1.DisposeAsync();
            throw new DomainRuleException("The agenda is approved; reopen it before changing it.");
        }
        return opened;
    }

    private async Task<(BoardRoomDbContext, Board, Meeting, PersonId)> OpenAsync(MeetingId meetingId, BoardRight right, string refusal)
    {
        var personId = await currentPerson.RequiredIdAsync();
        var db = await dbFactory.CreateDbContextAsync();
        try
        {
            var scope = await BoardAccess.ForMeetingAsync(db, personId, meetingId, right, q => q.Include(m => m.AgendaItems), tracked: true, refusal: refusal);
            return (db, scope.Board, scope.RequiredMeeting, personId);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
