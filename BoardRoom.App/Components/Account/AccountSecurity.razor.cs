using System.ComponentModel.DataAnnotations;
using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace BoardRoom.App.Components.Account;

public sealed partial class AccountSecurity
{
    private string _email = string.Empty;
    private bool _enabled;
    private bool _required;
    private int _codesLeft;
    private string? _sharedKey;
    private string? _qrCode;
    private string? _message;
    private string? _error;
    private IReadOnlyList<string>? _recoveryCodes;
    private IList<UserPasskeyInfo> _passkeys = [];

    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;

    [Inject] private SignInManager<ApplicationUser> SignIn { get; set; } = default!;

    [Inject] private TwoFactorPolicy Policy { get; set; } = default!;

    [Inject] private LiveSessions Sessions { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "verify")] private VerifyInput? Verify { get; set; }

    [SupplyParameterFromForm(FormName = "password")] private PasswordInput? Password { get; set; }

    [SupplyParameterFromForm(FormName = "add-passkey")] private PasskeyInput? NewPasskey { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Verify ??= new VerifyInput();
        Password ??= new PasswordInput();
        NewPasskey ??= new PasskeyInput();
        await LoadAsync();
    }

    private async Task<ApplicationUser> UserAsync() =>
        await Users.GetUserAsync(HttpContext.User) ?? throw new InvalidOperationException("The signed-in account no longer exists.");

    private async Task LoadAsync()
    {
        var user = await UserAsync();
        _email = user.Email ?? string.Empty;
        _enabled = await Users.GetTwoFactorEnabledAsync(user);
        _required = await Policy.IsRequiredAsync(user.PersonId);
        _codesLeft = _enabled ? await Users.CountRecoveryCodesAsync(user) : 0;
        _sharedKey = _enabled ? null : await Users.GetAuthenticatorKeyAsync(user);
        _qrCode = _sharedKey is null ? null : QrCodeFor(_email, _sharedKey);
        _passkeys = await Users.GetPasskeysAsync(user);
    }

    /// <summary>The browser made a passkey for the options of /account/passkeys/creation-options: check it and keep it.</summary>
    private async Task AddPasskeyAsync()
    {
        var user = await UserAsync();
        if (!string.IsNullOrEmpty(NewPasskey?.Error) || string.IsNullOrEmpty(NewPasskey?.CredentialJson))
        {
            _error = string.IsNullOrEmpty(NewPasskey?.Error) ? "The browser gave no passkey." : NewPasskey.Error;
            await LoadAsync();
            return;
        }
        var attestation = await SignIn.PerformPasskeyAttestationAsync(NewPasskey.CredentialJson);
        if (!attestation.Succeeded)
        {
            _error = $"The passkey could not be added: {attestation.Failure.Message}";
            await LoadAsync();
            return;
        }
        var passkey = attestation.Passkey;
        passkey.Name = $"Passkey {(await Users.GetPasskeysAsync(user)).Count + 1}";
        var added = await Users.AddOrUpdatePasskeyAsync(user, passkey);
        if (!added.Succeeded)
        {
            _error = "The passkey could not be added to your account.";
            await LoadAsync();
            return;
        }
        await SignIn.RefreshSignInAsync(user);
        _message = $"{passkey.Name} added: you can now sign in with it instead of your password.";
        await LoadAsync();
    }

    /// <summary>Removes a passkey; every other session ends, since one may have been signed in with it.</summary>
    private async Task RemovePasskeyAsync(string credentialId)
    {
        var user = await UserAsync();
        byte[] id;
        try
        {
            id = System.Buffers.Text.Base64Url.DecodeFromChars(credentialId);
        }
        catch (FormatException)
        {
            _error = "That passkey is not one of yours.";
            await LoadAsync();
            return;
        }
        if (!(await Users.RemovePasskeyAsync(user, id)).Succeeded)
        {
            _error = "That passkey is not one of yours.";
            await LoadAsync();
            return;
        }
        await Users.UpdateSecurityStampAsync(user);
        await EndOtherSessionsAsync(user);
        _message = "The passkey is removed, and every other session has been signed out.";
        await LoadAsync();
    }

    /// <summary>A fresh key for the app to learn; the page then shows it until the person proves their app has it.</summary>
    private async Task StartAsync()
    {
        var user = await UserAsync();
        await Users.ResetAuthenticatorKeyAsync(user);
        await SignIn.RefreshSignInAsync(user);
        await LoadAsync();
    }

    private async Task EnableAsync()
    {
        var user = await UserAsync();
        var code = new string(Verify!.Code.Where(char.IsDigit).ToArray());
        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            _error = "That code is not right. Check the time on your device and type the code the app shows now.";
            await LoadAsync();
            return;
        }
        await Users.SetTwoFactorEnabledAsync(user, true);
        _recoveryCodes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        await EndOtherSessionsAsync(user);
        _message = "Two-factor sign-in is on. Other devices were signed out.";
        await LoadAsync();
    }

    private async Task NewCodesAsync()
    {
        var user = await UserAsync();
        _recoveryCodes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        _message = "New recovery codes made; the old ones no longer work.";
        await LoadAsync();
    }

    private async Task TurnOffAsync()
    {
        var user = await UserAsync();
        if (await Policy.IsRequiredAsync(user.PersonId))
        {
            _error = "A board you co-chair or run requires two-factor sign-in, so it stays on.";
            await LoadAsync();
            return;
        }
        await Users.SetTwoFactorEnabledAsync(user, false);
        await Users.ResetAuthenticatorKeyAsync(user);
        await EndOtherSessionsAsync(user);
        _message = "Two-factor sign-in is off.";
        await LoadAsync();
    }

    private async Task ChangePasswordAsync()
    {
        var user = await UserAsync();
        var result = await Users.ChangePasswordAsync(user, Password!.Current, Password.New);
        if (!result.Succeeded)
        {
            _error = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? "The current password is not right."
                : string.Join(" ", result.Errors.Select(e => e.Description));
            await LoadAsync();
            return;
        }
        await EndOtherSessionsAsync(user);
        Password = new PasswordInput();
        _message = "Your password is changed, and every other session has been signed out.";
        await LoadAsync();
    }

    /// <summary>The stamp has changed: close the person's live connections, then keep this browser signed in.</summary>
    private async Task EndOtherSessionsAsync(ApplicationUser user)
    {
        Sessions.EndAll(user.PersonId);
        await SignIn.RefreshSignInAsync(user);
    }

    private static string FormatKey(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();

    private static string QrCodeFor(string email, string key)
    {
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString("BoardRoom:" + email)}?secret={key}&issuer=BoardRoom&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    private sealed class VerifyInput
    {
        [Required(ErrorMessage = "Type the six-digit code from your app.")]
        [StringLength(12, ErrorMessage = "The code is six digits.")]
        public string Code { get; set; } = string.Empty;
    }

    private sealed class PasswordInput
    {
        [Required(ErrorMessage = "Type your current password.")]
        public string Current { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(128, MinimumLength = 8, ErrorMessage = "Use at least 8 characters.")]
        public string New { get; set; } = string.Empty;

        [Required(ErrorMessage = "Type the new password again.")]
        [Compare(nameof(New), ErrorMessage = "The two passwords differ.")]
        public string Confirm { get; set; } = string.Empty;
    }
}
