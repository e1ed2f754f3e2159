using System.Security.Claims;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Hosting;
using Bunit;
using MudBlazor.Services;

namespace BoardRoom.Tests.Support;

/// <summary>
/// Base of component tests: bunit with loose JS interop and MudBlazor, the app's real feature services over a
/// real seeded SQLite file, and a signed-in demo person.
/// </summary>
public abstract class BoardRoomComponentTest : BunitContext, IAsyncLifetime
{
    private TestDatabase? _database;

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    static BoardRoomComponentTest()
    {
        // A loaded CI machine is slow, not broken: give renders time rather than fail.
        DefaultWaitTimeout = TimeSpan.FromSeconds(20);
    }

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Database.Services(Services);
        Services.AddBoardRoomFeatures();
    }

    protected async Task SignInAsAsync(string email, string fullName)
    {
        var personId = await Database.PersonIdAsync(email);
        var auth = AddAuthorization();
        auth.SetAuthorized(email);
        auth.SetClaims(new Claim(BoardRoomClaims.PersonId, personId.ToString()), new Claim(BoardRoomClaims.FullName, fullName));
        // As on a live circuit. Set last: touching the renderer freezes the service collection.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
