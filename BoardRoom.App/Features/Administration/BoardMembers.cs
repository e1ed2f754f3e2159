using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Administration;

/// <summary>
/// The secretariat's commands on the board's members (the Members tab): adding or inviting a member, withdrawing an
/// invitation, changing a role, appointing the permanent co-chair, removing a member. A change to who the co-chairs
/// are re-plans the rotation; a change to who sits on the board re-checks open minutes connections.
/// </summary>
public sealed class BoardMembers(AdminCommands commands, TimeProvider clock, MinutesAccessRevalidator minutesAccess,
    LiveSessions? sessions = null, Notifications? notifications = null)
{
    /// <summary>
    /// Adds a member by email. Someone new to BoardRoom is enrolled at once (and signs in through an invitation link).
    /// Someone already known (a login, or a seat on another board) is only invited: they accept the seat themselves,
    /// and the board sees the name its secretariat typed, never what another board holds about them.
    /// </summary>
    public async Task<AddMemberResult> AddMemberAsync(string? slug, NewMemberForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var command = await commands.OpenAsync(slug);
        var (db, board, by) = (command.Db, command.Board, command.By);
        var email = Require.Text(form.Email, "Email", 254).ToLowerInvariant();
        var person = await db.People.FirstOrDefaultAsync(p => p.Email == email);
        if (person is not null && await IsKnownBeyondAsync(db, person.Id, board.Id))
        {
            if (await db.MembershipInvitations.AnyAsync(i => i.BoardId == board.Id && i.PersonId == person.Id && i.Status == MembershipInvitationStatus.Pending))
            {
                throw new DomainRuleException($"{email} has already been invited to this board and has not answered yet.");
            }
            var invitation = MembershipInvitation.Create(board, person, form.FullName, form.Role, form.Nation, form.Title, form.Organisation, by, clock.GetUtcNow());
            db.MembershipInvitations.Add(invitation);
            if (notifications is not null)
            {
                await notifications.SeatOfferedAsync(db, board, person);
            }
            await db.SaveChangesAsync();
            return new AddMemberResult(null, invitation.Id);
        }
        if (person is null)
        {
            person = Person.Create(form.FullName, email);
            db.People.Add(person);
        }
        var membership = board.AddMember(person.Id, form.Role, form.Nation, form.Title, form.Organisation, Today());
        await commands.SaveAndReplanAsync(command, $"{person.FullName} joined the board");
        return new AddMemberResult(membership.Id, null);
    }

    /// <summary>The secretariat takes back an invitation not yet answered.</summary>
    public async Task WithdrawInvitationAsync(string? slug, MembershipInvitationId invitationId)
    {
        await using var command = await commands.OpenAsync(slug);
        var invitation = await command.Db.MembershipInvitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.BoardId == command.Board.Id)
            ?? throw new DomainRuleException("That invitation is not one of this board's.");
        invitation.Withdraw(clock.GetUtcNow());
        await command.Db.SaveChangesAsync();
    }

    /// <summary>
    /// Whether anyone but this board has a claim on the person: a login with a password, or a seat (now or before) on
    /// another board. Such a person is invited, never enrolled, and never given a sign-in link by this board.
    /// </summary>
    internal static async Task<bool> IsKnownBeyondAsync(BoardRoomDbContext db, PersonId person, BoardId board) =>
        await db.Users.AnyAsync(u => u.PersonId == person && u.PasswordHash != null)
        || await db.Memberships.AnyAsync(m => m.PersonId == person && m.BoardId != board);

    public async Task ChangeRoleAsync(string? slug, MembershipId membershipId, BoardRole role, Nation? nation)
    {
        await using var command = await commands.OpenAsync(slug);
        command.Board.ChangeRole(membershipId, role, nation);
        await commands.SaveAndReplanAsync(command, "A member's role or nation changed");
        await minutesAccess.RevalidateBoardAsync(command.Board.Id);
    }

    public async Task AppointPermanentCoChairAsync(string? slug, MembershipId membershipId)
    {
        await using var command = await commands.OpenAsync(slug);
        command.Board.AppointPermanentCoChair(membershipId);
        await commands.SaveAndReplanAsync(command, "A new permanent co-chair was appointed");
    }

    public async Task RemoveMemberAsync(string? slug, MembershipId membershipId)
    {
        await using var command = await commands.OpenAsync(slug);
        var (db, board) = (command.Db, command.Board);
        var person = board.Members.FirstOrDefault(m => m.Id == membershipId)?.PersonId;
        board.RemoveMember(membershipId, Today());
        // Someone who no longer sits on any board keeps no session: their sign-ins and live connections end now.
        var seatsLeft = person is { } p && await db.Memberships.AnyAsync(m => m.PersonId == p && m.BoardId != board.Id && m.LeftOn == null);
        if (person is { } leaving && !seatsLeft)
        {
            await SessionStamps.RenewStampAsync(db, leaving);
        }
        await commands.SaveAndReplanAsync(command, "A member left the board");
        // Open minutes connections are told first; then, for someone with no board left, every session ends.
        await minutesAccess.RevalidateBoardAsync(board.Id);
        if (person is { } ended && !seatsLeft)
        {
            sessions?.EndAll(ended);
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(LondonTime.ToLocal(clock.GetUtcNow()));
}
