using Microsoft.AspNetCore.Identity;

namespace BoardRoom.App.Features.Access;

/// <summary>Options of the reset-link provider: its own protector name and a short life (invitations keep 14 days).</summary>
public sealed class PasswordRecoveryTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public PasswordRecoveryTokenProviderOptions()
    {
        Name = PasswordRecoveryTokenProvider.ProviderName;
        TokenLifespan = PasswordRecovery.Lifetime;
    }
}
