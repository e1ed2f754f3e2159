using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Rotation;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Administration;

/// <summary>
/// What the administration services share, so that each has it once: opening the board for a command (the caller is
/// checked on the server by <see cref="BoardGate"/> before any input is weighed against the board), and the one save
/// that re-plans the co-chair rotation and queues the emails when the calendar or the rotating co-chairs change.
/// A command that is refused saves nothing.
/// </summary>
public sealed class AdminCommands(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, Replanning replanning)
{
    /// <summary>The board for a command by the signed-in person, if they may administer it; otherwise <see cref="AccessDeniedException"/>.</summary>
    public async Task<AdminCommand> OpenAsync(string? slug)
    {
        var personId = await currentPerson.RequiredIdAsync();
        var db = await dbFactory.CreateDbContextAsync();
        try
        {
            return new AdminCommand(db, await BoardGate.ForAdministrationAsync(db, slug, personId), personId);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Saves the command, re-plans the rotation on what was saved and queues the emails (<see cref="Replanning.SaveAsync"/>),
    /// in one transaction. <paramref name="touched"/> meetings get new calendar stamps; <paramref name="announce"/>d
    /// ones are emailed to members. When <paramref name="whenConflicting"/> is given, a clash on save (someone else
    /// saving the same rows at the same time) is refused with that message rather than surfacing as a database error.
    /// </summary>
    public async Task SaveAndReplanAsync(AdminCommand command, string reason, IReadOnlyList<MeetingId>? touched = null,
        IReadOnlyList<Replanning.Announcement>? announce = null, string? whenConflicting = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            await replanning.SaveAsync(command.Db, command.Board, reason, command.By, touched ?? [], announce ?? []);
        }
        catch (DbUpdateException) when (whenConflicting is not null)
        {
            throw new DomainRuleException(whenConflicting);
        }
    }

    /// <summary>A date as the admin pages and the rotation log write it: "Tue 7 Apr 2026".</summary>
    internal static string Display(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
