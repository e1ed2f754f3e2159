using BoardRoom.App.Data;
using Microsoft.AspNetCore.Identity;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// Password sign-in that tells nobody whether an account exists: an unknown email and a locked-out account cost the
/// same password-hash work as a real attempt, and every failure reads the same (<see cref="Failed"/>).
/// </summary>
public sealed class LoginAttempts(SignInManager<ApplicationUser> signIn)
{
    public const string Failed =
        "That email and password do not match an account, or the account is paused for a few minutes after repeated failed attempts. Check them and try again later.";

    // A hash made once per process with the app's own hasher, so verifying against it costs what a real check costs.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    public async Task<SignInResult> SignInAsync(string email, string password, bool remember)
    {
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            Decoy(users, password);
            return SignInResult.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            // Identity refuses a locked-out account before hashing: spend the same time as a real check.
            Decoy(users, password);
        }
        return result;
    }

    public const string PasskeyFailed = "That passkey did not sign you in. Try again, or sign in with your email and password.";

    /// <summary>
    /// Sign-in with a passkey: the browser's answer to the options of <c>MakePasskeyRequestOptionsAsync</c>. A passkey is
    /// both factors at once (something held, unlocked by the device's PIN or biometrics), so it needs no second step.
    /// </summary>
    public Task<SignInResult> PasskeySignInAsync(string credentialJson) => signIn.PasskeySignInAsync(credentialJson);

    private static void Decoy(UserManager<ApplicationUser> users, string password) =>
        users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), DecoyHash.Value, password);
}
