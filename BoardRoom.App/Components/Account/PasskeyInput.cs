namespace BoardRoom.App.Components.Account;

/// <summary>
/// What a passkey button (wwwroot-assets/src/passkeys.js) posts in its form: the browser's answer to the ceremony, or
/// why there is none.
/// </summary>
public sealed class PasskeyInput
{
    public string? CredentialJson { get; set; }

    public string? Error { get; set; }
}
