using BoardRoom.App.Components;
using BoardRoom.App.Components.Account;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Boards;
using BoardRoom.App.Features.Home;
using BoardRoom.App.Features.Meetings;
using BoardRoom.App.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

var options = builder.Configuration.GetSection(BoardRoomOptions.Section).Get<BoardRoomOptions>() ?? new BoardRoomOptions();
var dataDirectory = options.ResolveDataDirectory(builder.Environment.ContentRootPath);
Directory.CreateDirectory(dataDirectory);

builder.Services.Configure<BoardRoomOptions>(builder.Configuration.GetSection(BoardRoomOptions.Section));
builder.Services.AddSingleton(TimeProvider.System);

// Persistence: one SQLite file in the data folder; services take short-lived contexts from the factory.
var connectionString = builder.Configuration.GetConnectionString("BoardRoom")
    ?? $"Data Source={Path.Combine(dataDirectory, "boardroom.db")};Cache=Shared;Foreign Keys=True";
builder.Services.AddDbContextFactory<BoardRoomDbContext>(o => o.UseSqlite(connectionString));
builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

// Accounts: ASP.NET Core Identity on the same database, cookie sign-in.
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
builder.Services.ConfigureApplicationCookie(c =>
{
    c.LoginPath = "/account/login";
    c.LogoutPath = "/account/logout";
    c.AccessDeniedPath = "/account/login";
    c.Cookie.Name = "boardroom.auth";
    c.SlidingExpiration = true;
});
builder.Services.AddAuthorization();
builder.Services.AddIdentityCore<ApplicationUser>(o =>
    {
        o.User.RequireUniqueEmail = true;
        o.Lockout.MaxFailedAccessAttempts = 10;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
    })
    .AddEntityFrameworkStores<BoardRoomDbContext>()
    .AddSignInManager()
    .AddClaimsPrincipalFactory<BoardRoomClaimsFactory>()
    .AddDefaultTokenProviders();
builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<BoardRoomDbContext>>().CreateDbContext());

// Feature services.
builder.Services.AddScoped<CurrentPerson>();
builder.Services.AddScoped<MeetingDirectory>();
builder.Services.AddScoped<BoardDirectory>();
builder.Services.AddScoped<HomeDashboard>();
builder.Services.AddScoped<BoardRoom.App.Features.Forum.ForumDirectory>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddScoped<DatabaseInitializer>();

builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, options, dataDirectory));

await app.RunAsync();
