using System.Security.Cryptography;
using BoardRoom.Core.Actions;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// The link in an action reminder: one action and its owner, protected with the app's data-protection keys and
/// expiring (a time-limited protector), so it opens that action only, for its owner only, without a sign-in.
/// </summary>
public sealed class ActionUpdateLinks(IDataProtectionProvider protection)
{
    public const string Path = "/actions/update";

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("BoardRoom.ActionUpdate.v1").ToTimeLimitedDataProtector();

    public string Create(ActionItemId action, PersonId owner, DateTimeOffset expires) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(System.Text.Encoding.UTF8.GetBytes($"{action.Value:N}|{owner.Value:N}"), expires));

    public (ActionItemId Action, PersonId Owner)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        try
        {
            var parts = System.Text.Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token), out _)).Split('|');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var action) && Guid.TryParseExact(parts[1], "N", out var owner)
                ? (new ActionItemId(action), new PersonId(owner))
                : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
