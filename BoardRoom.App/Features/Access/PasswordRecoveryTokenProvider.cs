using BoardRoom.App.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// Identity's data-protection token provider with a lifespan of its own (<see cref="PasswordRecovery.Lifetime"/>):
/// a token names the account and its security stamp, so it stops working once the password is reset (the stamp
/// changes) and after the lifespan. Its protector differs from the invitation links', so neither opens the other.
/// </summary>
public sealed class PasswordRecoveryTokenProvider(
    IDataProtectionProvider protection,
    IOptions<PasswordRecoveryTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(protection, options, logger)
{
    public const string ProviderName = "PasswordRecovery";
}
