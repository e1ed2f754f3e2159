using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Publishing.Agendas;
using BoardRoom.Publishing.Pdf;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Agendas;

/// <summary>
/// The agenda as a PDF for the board pack, rendered on request from the agenda as it now is (it changes until the
/// meeting, so nothing is stored). The full pack needs the right to read reserved business; the public pack is any
/// member's, and is made with <see cref="AgendaPack.ToPublic"/>, so no reserved item or paper title reaches it.
/// </summary>
public sealed class AgendaPacks(IDbContextFactory<BoardRoomDbContext> dbFactory, PdfRenderer pdf, TimeProvider clock)
{
    public const string NotReserved = "The full board pack holds reserved business, which your role does not include.";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"/meetings/{id}/agenda/full.pdf" or ".../public.pdf".</summary>
    public static string PdfPath(MeetingId meetingId, AgendaPackVariant variant) =>
        $"/meetings/{meetingId}/agenda/{(variant == AgendaPackVariant.Full ? "full" : "public")}.pdf";

    /// <summary>The pack the person asks for, as a PDF; refused (403/404) unless their seat allows that variant.</summary>
    public async Task<byte[]> RenderPdfAsync(PersonId personId, MeetingId meetingId, AgendaPackVariant variant, CancellationToken cancellationToken = default)
    {
        var pack = await PackAsync(personId, meetingId, variant, cancellationToken);
        var document = AgendaDocumentBuilder.Build(pack);
        return await Task.Run(() => pdf.Render(document), cancellationToken);
    }

    /// <summary>The pack as the person may read it: whole for the full variant, <see cref="AgendaPack.ToPublic"/> otherwise.</summary>
    public async Task<AgendaPack> PackAsync(PersonId personId, MeetingId meetingId, AgendaPackVariant variant, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var full = variant == AgendaPackVariant.Full;
        var scope = await BoardAccess.ForMeetingAsync(db, personId, meetingId, full ? BoardRight.ReadReserved : BoardRight.View,
            q => q.Include(m => m.AgendaItems), refusal: full ? NotReserved : null);
        var (board, meeting) = (scope.Board, scope.RequiredMeeting);

        var papers = (await db.AgendaPapers.AsNoTracking().Where(p => p.MeetingId == meeting.Id)
                .Select(p => new { p.AgendaItemId, p.FileName, p.UploadedAt }).ToListAsync(cancellationToken))
            .OrderBy(p => p.UploadedAt).ToLookup(p => p.AgendaItemId, p => p.FileName);
        var carriedFrom = await CarriedForwardLabels.ForAsync(db, meeting);
        var series = meeting.SeriesId is { } sid
            ? await db.MeetingSeries.AsNoTracking().Where(s => s.Id == sid).Select(s => new { s.Name, s.TimeZoneId }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var zone = series?.TimeZoneId ?? MeetingSeries.DefaultTimeZone;
        var coChairSeats = board.CoChairsOf(meeting).OrderBy(c => c.IsPermanentCoChair ? 0 : 1).ToList();
        var personIds = coChairSeats.Select(c => c.PersonId).Concat(meeting.AgendaApprovals.Select(a => a.PersonId)).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        var coChairs = coChairSeats
            .Select(c => c.IsPermanentCoChair ? $"{names[c.PersonId]} (permanent co-chair)" : c.Nation is { } n ? $"{names[c.PersonId]} ({n.Display()})" : names[c.PersonId])
            .ToList();

        var items = meeting.ItemStartTimes()
            .Select(x => new AgendaPackItem(x.Item.Position, x.Item.Title, x.Item.Purpose, x.Item.Presenter, x.StartsAt, x.Item.MinutesAllotted,
                x.Item.Description, x.Item.IsReserved, x.Item.IsStanding, papers[x.Item.Id].ToList(), carriedFrom.GetValueOrDefault(x.Item.Id)))
            .ToList();
        var pack = new AgendaPack(board.Name, series?.Name ?? string.Empty, meeting.Title, meeting.Number, meeting.StartsAt, meeting.EndsAt,
            meeting.Venue, meeting.OnlineLink, zone, coChairs, Approval(meeting, names, zone), items, clock.GetUtcNow());
        return full ? pack : pack.ToPublic();
    }

    private static string Approval(Meeting meeting, IReadOnlyDictionary<PersonId, string> names, string zone)
    {
        var by = string.Join("; ", meeting.AgendaApprovals.Select(a =>
            $"{names.GetValueOrDefault(a.PersonId, "Former member")}, {LondonTime.ToLocal(a.ApprovedAt, zone).ToString("d MMMM yyyy 'at' HH:mm", EnGb)}"));
        return meeting.AgendaStatus == AgendaStatus.Approved
            ? $"Approved by {by}"
            : by.Length > 0 ? $"Draft, approved so far by {by}" : "Draft, not yet approved by the co-chairs";
    }
}
