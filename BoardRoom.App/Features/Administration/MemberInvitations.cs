using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Email;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Administration;

/// <summary>
/// Sign-in invitations for members who have no login yet: the secretariat makes a link, sends it to the member, and
/// the member chooses a password at <see cref="Path"/>. A link is an Identity password-reset token, so it works once
/// (setting the password changes the account's security stamp) and expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class MemberInvitations(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, IServiceScopeFactory scopes,
    Notifications? notifications = null)
{
    public const string Path = "/account/invitation";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public const string OnlyTheirOwnSignIn = "No invitation link can be made for this member: they sign in with their own BoardRoom account.";

    /// <summary>
    /// The invitation address (path and query) for a member of the board, creating their login (without a password)
    /// if they have none. Only the board's secretariat may; a member who already has a password needs no invitation.
    /// </summary>
    public async Task<string> CreateLinkAsync(string? slug, MembershipId membershipId)
    {
        var by = await currentPerson.RequiredIdAsync();
        Person person;
        Board board;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            board = await BoardGate.ForAdministrationAsync(db, slug, by);
            var membership = board.Members.FirstOrDefault(m => m.Id == membershipId && m.IsActive)
                ?? throw new DomainRuleException("That person is not a member of this board.");
            person = await db.People.AsNoTracking().SingleAsync(p => p.Id == membership.PersonId);
            // A person who sits on another board is that board's too: no board alone may hand out a sign-in for them.
            if (await db.Memberships.AnyAsync(m => m.PersonId == person.Id && m.BoardId != board.Id))
            {
                throw new DomainRuleException(OnlyTheirOwnSignIn);
            }
        }

        // A scope of its own: the circuit's scoped context would keep tracking the account between calls.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id) ?? await users.FindByEmailAsync(person.Email);
        if (user is null)
        {
            user = new ApplicationUser { UserName = person.Email, Email = person.Email, PersonId = person.Id };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new DomainRuleException($"No login could be made for {person.FullName}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }
        }
        else if (user.PersonId != person.Id)
        {
            throw new DomainRuleException($"The login for {person.Email} belongs to someone else; check the member's email address.");
        }
        else if (await users.HasPasswordAsync(user))
        {
            throw new DomainRuleException($"{person.FullName} already has a login: they sign in as {person.Email}.");
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{Path}?email={Uri.EscapeDataString(person.Email)}&token={Uri.EscapeDataString(token)}";
        if (notifications is not null)
        {
            // The member gets the link by email; the secretariat still sees it, to pass on another way if need be.
            await using var db = await dbFactory.CreateDbContextAsync();
            await notifications.InvitationAsync(db, board, person, link, Lifetime);
            await db.SaveChangesAsync();
        }
        return link;
    }

    /// <summary>Which of these people can sign in (have a login with a password).</summary>
    public static async Task<IReadOnlySet<PersonId>> WithLoginAsync(BoardRoomDbContext db, IReadOnlyCollection<PersonId> people)
    {
        var ids = await db.Users.AsNoTracking().Where(u => people.Contains(u.PersonId) && u.PasswordHash != null).Select(u => u.PersonId).ToListAsync();
        return ids.ToHashSet();
    }
}
