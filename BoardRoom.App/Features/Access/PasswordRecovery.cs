using BoardRoom.App.Data;
using BoardRoom.App.Features.Email;
using BoardRoom.Core.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// Account recovery by email: a reset link (Identity token from <see cref="PasswordRecoveryTokenProvider"/>: one use,
/// <see cref="Lifetime"/>), then a new password, which renews the security stamp and so ends every other session
/// (docs/security.md). Only accounts that have a password get a link; invitations are the way in for the others.
/// </summary>
public sealed class PasswordRecovery(
    UserManager<ApplicationUser> users,
    IDbContextFactory<BoardRoomDbContext> dbFactory,
    EmailComposer composer,
    LiveSessions sessions,
    TimeProvider clock)
{
    public const string Path = "/account/reset-password";

    public const string Purpose = UserManager<ApplicationUser>.ResetPasswordTokenPurpose;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    /// <summary>At most this many reset emails per address per hour, so the form cannot be used to flood someone.</summary>
    public const int MaxPerHour = 3;

    public const string LinkNoLongerValid =
        "This reset link has expired or has already been used. Ask for a new one from the sign-in page.";

    /// <summary>Queues a reset email if an account with a password uses this address; otherwise does nothing.</summary>
    public async Task SendLinkAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user?.Email is null || !await users.HasPasswordAsync(user))
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = clock.GetUtcNow() - TimeSpan.FromHours(1);
        var recent = await db.OutboxMessages.CountAsync(
            m => m.RecipientId == user.PersonId && m.Kind == EmailKind.PasswordReset && m.CreatedAt > since, cancellationToken);
        if (recent >= MaxPerHour)
        {
            return;
        }
        var name = await db.People.Where(p => p.Id == user.PersonId).Select(p => p.FullName).SingleOrDefaultAsync(cancellationToken) ?? user.Email;
        var token = await users.GenerateUserTokenAsync(user, PasswordRecoveryTokenProvider.ProviderName, Purpose);
        var link = $"{Path}?email={Uri.EscapeDataString(user.Email)}&token={Uri.EscapeDataString(token)}";
        await composer.QueueAsync(db, new EmailDraft(
            EmailKind.PasswordReset, user.Email, name, "Reset your BoardRoom password", "Choose a new password",
            [
                "Someone, hopefully you, asked to reset the password of your BoardRoom account.",
                $"The link below works once, for {Lifetime.TotalHours:0} hours. Choosing a new password signs you out on every other device.",
            ],
            new EmailLink("Choose a new password", link))
        {
            RecipientId = user.PersonId,
            Footnote = "If you did not ask for this, ignore this email: your password stays as it is.",
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the new password if the link is genuine and unused; the errors say why not.</summary>
    public async Task<IdentityResult> ResetAsync(string email, string token, string newPassword)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || string.IsNullOrWhiteSpace(token) || !await users.HasPasswordAsync(user)
            || !await users.VerifyUserTokenAsync(user, PasswordRecoveryTokenProvider.ProviderName, Purpose, token))
        {
            return IdentityResult.Failed(new IdentityError { Code = nameof(IdentityErrorDescriber.InvalidToken), Description = LinkNoLongerValid });
        }
        // The link is verified; Identity's own reset then validates the password, stores its hash and renews the
        // security stamp (which retires this link and every session cookie).
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
        if (!result.Succeeded)
        {
            return result;
        }
        // Proving the mailbox is enough to be let in again after repeated failed sign-ins.
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        sessions.EndAll(user.PersonId);
        return result;
    }
}
