using BoardRoom.Core.People;
using Microsoft.AspNetCore.Components.Authorization;

namespace BoardRoom.App.Features.Access;

/// <summary>Who is asking, for the current request or circuit. Services use it to scope every query.</summary>
public sealed class CurrentPerson(AuthenticationStateProvider authentication)
{
    public async Task<PersonId?> IdAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return PersonId.TryParse(state.User.FindFirst(BoardRoomClaims.PersonId)?.Value, out var id) ? id : null;
    }

    public async Task<PersonId> RequiredIdAsync() =>
        await IdAsync() ?? throw new UnauthorizedAccessException("Sign in to continue.");
}
