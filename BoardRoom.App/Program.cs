using BoardRoom.App.Components;
using BoardRoom.App.Components.Account;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.Minutes;
using BoardRoom.App.Features.Registers;
using BoardRoom.App.Features.Publication;
using BoardRoom.App.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

var options = builder.Configuration.GetSection(BoardRoomOptions.Section).Get<BoardRoomOptions>() ?? new BoardRoomOptions();
var dataDirectory = options.ResolveDataDirectory(builder.Environment.ContentRootPath);
Directory.CreateDirectory(dataDirectory);
builder.Services.Configure<BoardRoomOptions>(builder.Configuration.GetSection(BoardRoomOptions.Section));

builder.Services.AddBoardRoomPersistence(DatabaseProvider.FromConfiguration(builder.Configuration, options, dataDirectory));
builder.Services.AddBoardRoomFeatures();
builder.Services.AddBoardRoomMinutes(builder.Configuration.GetConnectionString("Redis"));
builder.Services.AddBoardRoomEmail(builder.Configuration);
builder.Services.AddBoardRoomHealthChecks(builder.Configuration.GetConnectionString("Redis"));
builder.Services.Configure<MinutesOptions>(builder.Configuration.GetSection(MinutesOptions.Section));
// The key ring lives in the database, so sign-in cookies survive a restart and every node of one database reads the
// same keys; the fixed application name lets nodes installed in different folders share them (docs/deployment.md).
builder.Services.AddDataProtection().SetApplicationName("BoardRoom").PersistKeysToDbContext<BoardRoomDbContext>();

// Behind a TLS-terminating proxy: the scheme, client address and host it forwards, from trusted proxies only. Read
// first in the pipeline (before routing and authentication), so everything after sees the browser's scheme and host.
builder.Services.AddBoardRoomForwardedHeaders(builder.Configuration);
// Secure whenever the request is HTTPS (directly or through a trusted proxy), as Identity's cookies are; the default never is.
builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);

builder.Services.AddCascadingAuthenticationState();
builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
builder.Services.ConfigureApplicationCookie(c =>
{
    c.LoginPath = "/account/login";
    c.LogoutPath = "/account/logout";
    c.AccessDeniedPath = "/account/login";
    c.Cookie.Name = "boardroom.auth";
    c.SlidingExpiration = true;
    // Every request checks the account's security stamp, so a copied cookie dies with sign-out (docs/security.md).
    c.Events.OnValidatePrincipal = SessionStamps.ValidateCookieAsync;
});
builder.Services.AddSingleton<SessionStamps>();
builder.Services.AddScoped<LoginAttempts>();
builder.Services.AddScoped<PasswordRecovery>();
builder.Services.AddSingleton<PasswordResetRequests>();
builder.Services.AddHostedService<PasswordResetMailer>();
builder.Services.AddSingleton<TwoFactorPolicy>();
builder.Services.AddSingleton<LiveSessions>();
builder.Services.AddSingleton<SessionValidationHubFilter>();
builder.Services.Configure<HubOptions>(o => o.AddFilter<SessionValidationHubFilter>());
builder.Services.AddAuthorization();

// Enums travel by name in the JSON APIs ("Consensus", not 0).
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
builder.Services.AddMudServices();
var developerErrors = builder.Configuration.GetValue<bool>("BoardRoom:DeveloperErrors");
builder.Services.AddRazorComponents().AddInteractiveServerComponents(o => o.DetailedErrors = developerErrors);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddExceptionHandler<RefusalExceptionHandler>();

var app = builder.Build();
app.MapBoardRoomEndpoints();
if (args.Contains(RouteTable.Command))
{
    foreach (var route in RouteTable.Describe(app))
    {
        Console.WriteLine(route);
    }
    return;
}

using (var scope = app.Services.CreateScope())
{
    var database = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    var papers = scope.ServiceProvider.GetRequiredService<PaperFolderImport>();
    if (args.Contains(DatabaseCommands.Migrate))
    {
        await DatabaseCommands.MigrateAsync(database, papers);
        return;
    }
    if (options.Database.MigrateAtStartup)
    {
        await database.InitializeAsync();
    }
    else if (await DatabaseCommands.RefuseUnmigratedAsync(database))
    {
        Environment.ExitCode = 2;
        return;
    }
    // Papers an earlier version kept in this node's data folder, once (docs/deployment.md).
    await papers.ImportAsync();
    // The search index, if a database migrated by a separate step has none of this version yet (docs/decisions/014).
    await scope.ServiceProvider.GetRequiredService<BoardRoom.App.Features.Search.SearchIndex>().EnsureCurrentAsync();
}

// People see a friendly page (and API callers a problem description) in every environment, the demo's Development
// profile included; details go only to the log. BoardRoom:DeveloperErrors=true restores ASP.NET's developer page.
if (!developerErrors)
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseSecurityHeaders();
app.UseTwoFactorEnrolmentGate();
app.UseHsts(); // sent only over HTTPS, and never for localhost
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, options, dataDirectory));

await app.RunAsync();
