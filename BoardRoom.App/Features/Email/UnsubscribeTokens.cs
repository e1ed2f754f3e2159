using System.Security.Cryptography;
using BoardRoom.Core.Notifications;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// The token in an unsubscribe link: the person and the kind of message, protected with the app's data-protection
/// keys, so nobody can unsubscribe someone else by editing the address. It does not expire: an old email's link
/// should still work.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    public const string Path = "/email/unsubscribe";

    public const string OneClickPath = "/email/unsubscribe/one-click";

    private readonly IDataProtector _protector = protection.CreateProtector("BoardRoom.Email.Unsubscribe.v1");

    public string Create(PersonId person, EmailKind kind) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(System.Text.Encoding.UTF8.GetBytes($"{person.Value:N}|{kind}")));

    public (PersonId Person, EmailKind Kind)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
            var parts = text.Split('|');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var id) && Enum.TryParse<EmailKind>(parts[1], out var kind) && !kind.IsSecurity()
                ? (new PersonId(id), kind)
                : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
