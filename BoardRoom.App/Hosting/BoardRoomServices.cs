using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Boards;
using BoardRoom.App.Features.Calendar;
using BoardRoom.App.Features.Forum;
using BoardRoom.App.Features.Home;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.App.Features.Meetings;
using BoardRoom.App.Features.Registers;
using BoardRoom.App.Features.Minutes;
using BoardRoom.App.Features.Rotation;
using BoardRoom.App.Features.Publication;
using BoardRoom.App.Features.Search;
using BoardRoom.Core.Minutes.Sequencing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Hosting;

/// <summary>The app's service registrations, shared by Program and by tests that build the same graph.</summary>
public static class BoardRoomServices
{
    /// <summary>EF Core on the configured engine, Identity stores, the initializer and the demo seeder.</summary>
    public static IServiceCollection AddBoardRoomPersistence(this IServiceCollection services, DatabaseConnection database)
    {
        // Pooled: the live minutes create a context per edit, and a fresh one costs more than the query it runs.
        DatabaseProvider.AddContextFactory(services, database, (sp, o) =>
        {
            // Keeps the search index in step with every save, in the same transaction (docs/decisions/014).
            o.AddInterceptors(SearchIndexInterceptor.Instance);
            // Wakes the outbox sender after a SaveChanges that queued email (when email is registered).
            if (sp.GetService<Features.Email.OutboxSaveInterceptor>() is { } outbox)
            {
                o.AddInterceptors(outbox);
            }
            // Announces changed meetings to their open pages (when the feature services are registered).
            if (sp.GetService<MeetingChangeInterceptor>() is { } meetings)
            {
                o.AddInterceptors(meetings);
            }
        });
        // Identity's stores want a scoped context; it comes from the same factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<BoardRoomDbContext>>().CreateDbContext());
        // Invitation links are Identity tokens protected with the app's data-protection keys (kept in the database).
        services.AddDataProtection();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = MemberInvitations.Lifetime);
        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Passkeys (WebAuthn) beside passwords: Identity's schema with AspNetUserPasskeys.
                o.Stores.SchemaVersion = DatabaseProvider.IdentitySchema;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<BoardRoomDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            // Reset links from "Forgot password?" live 2 hours; invitation links keep the default provider's 14 days.
            .AddTokenProvider<PasswordRecoveryTokenProvider>(PasswordRecoveryTokenProvider.ProviderName)
            .AddClaimsPrincipalFactory<BoardRoomClaimsFactory>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<SearchIndex>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Live minutes: the durable op log, the open documents, presence, and the hub's options.</summary>
    /// <param name="redis">
    /// <c>ConnectionStrings:Redis</c>: when set, SignalR's Redis backplane carries every hub's group and user messages
    /// between the nodes, so an edit sequenced on one node reaches the members whose connections are on another.
    /// </param>
    public static IServiceCollection AddBoardRoomMinutes(this IServiceCollection services, string? redis = null)
    {
        // The op log, telling search which sections' text changed; the indexer reads them a moment later.
        services.AddSingleton<MinutesSearchQueue>();
        services.AddSingleton<IOperationLog>(sp => new SearchedOperationLog(
            new EfOperationLog(sp.GetRequiredService<IDbContextFactory<BoardRoomDbContext>>()), sp.GetRequiredService<MinutesSearchQueue>()));
        services.AddSingleton<MinutesSearchIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<MinutesSearchIndexer>());
        services.AddSingleton(sp => new DocumentSequencerRegistry(
            sp.GetRequiredService<IOperationLog>(),
            new DocumentSequencerOptions
            {
                SnapshotInterval = 100,
                SnapshotFailed = e => sp.GetRequiredService<ILoggerFactory>().CreateLogger<MinutesDocuments>()
                    .LogWarning(e, "Saving a minutes snapshot failed; the next interval retries."),
            },
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<MinutesDocuments>();
        services.AddHostedService<MinutesHeadBeacon>();
        // With Redis, presence is shared between nodes (SharedPresence); without it, it is this node's alone.
        services.AddSingleton(sp => new SharedPresence(sp.GetService<SharedRedis>(), sp.GetRequiredService<IHubContext<MinutesHub>>(),
            sp.GetRequiredService<IOptions<MinutesOptions>>(), sp.GetRequiredService<ILogger<SharedPresence>>()));
        services.AddHostedService(sp => sp.GetRequiredService<SharedPresence>());
        services.AddSingleton(sp => new PresenceRegistry(sp.GetService<SharedPresence>()));
        services.AddSingleton<MinutesConnections>();
        services.AddSingleton<MinutesBroadcaster>();
        services.AddSingleton<HubOriginPolicy>();
        services.AddSingleton<MinutesHubFilter>();
        services.SilenceHubDispatcherErrors();
        var signalR = services.AddSignalR(o =>
            {
                // An edit is small; a paste is bounded by MinutesHub.MaxInsertLength. Anything bigger is refused unread.
                o.MaximumReceiveMessageSize = 128 * 1024;
                o.MaximumParallelInvocationsPerClient = 1;
            })
            .AddHubOptions<MinutesHub>(o => o.AddFilter<MinutesHubFilter>())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new BoardRoom.Core.Minutes.Ot.TextOperationJsonConverter()));
        if (!string.IsNullOrWhiteSpace(redis))
        {
            // One channel prefix per deployment, so two BoardRooms sharing a Redis never hear each other.
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal(SharedRedis.Prefix));
            // Meeting pages, ended sessions and access re-checks follow changes made on any node.
            services.TryAddSingleton(new SharedRedis(redis));
            services.AddHostedService<RedisNodeRelay>();
        }
        return services;
    }

    /// <summary>The feature services pages inject.</summary>
    public static IServiceCollection AddBoardRoomFeatures(this IServiceCollection services)
    {
        services.AddScoped<CurrentPerson>();
        services.AddScoped<MeetingDirectory>();
        services.AddScoped<BoardDirectory>();
        services.AddScoped<HomeDashboard>();
        services.AddScoped<ForumDirectory>();
        services.AddSingleton<MeetingLiveNotifier>();
        services.AddSingleton<MeetingLiveFeed>();
        services.AddSingleton<MeetingChangeInterceptor>();
        services.AddScoped<MeetingRunService>();
        services.AddScoped<DecisionRegister>();
        services.AddScoped<ActionRegister>();
        services.AddSingleton<MinutesSections>();
        services.AddSingleton<MinutesHistory>();
        services.AddSingleton<MinutesComments>();
        services.AddSingleton<MinutesSuggestions>();
        services.AddSingleton<MinutesOpenThreads>();
        services.AddSingleton<MinutesAccessRevalidator>();
        services.AddSingleton<MinutesPreview>();
        services.AddScoped<AdminCommands>();
        services.AddScoped<AdminBoardView>();
        services.AddScoped<BoardRules>();
        services.AddScoped<BoardMembers>();
        services.AddScoped<SeriesAdministration>();
        services.AddScoped<MeetingScheduling>();
        services.AddScoped<MemberInvitations>();
        services.AddScoped<Features.Boards.SeatInvitations>();
        services.AddScoped<RotationService>();
        services.AddSingleton<Features.Rotation.Replanning>();
        services.AddScoped<AgendaEditor>();
        services.AddScoped<AgendaPapers>();
        services.AddScoped<CalendarFeedBuilder>();
        services.AddScoped<CalendarSubscriptions>();
        services.AddSingleton(sp =>
        {
            // Earlier versions kept papers in the data folder, under "papers": imported into the database at start.
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<BoardRoomOptions>>().Value;
            var contentRoot = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            return new PaperFolderImport(sp.GetRequiredService<IDbContextFactory<Data.BoardRoomDbContext>>(),
                Path.Combine(options.ResolveDataDirectory(contentRoot), PaperFolderImport.FolderName), sp.GetRequiredService<ILogger<PaperFolderImport>>());
        });
        // Publication: one PDF renderer for the app (fonts are resolved once; rendering is thread-safe per call).
        services.AddSingleton(_ => new BoardRoom.Publishing.Pdf.PdfRenderer());
        services.AddSingleton<SectionTexts>();
        services.AddSingleton<MinutesRecordLoader>();
        services.AddSingleton<MinutesPublisher>();
        services.AddSingleton<AgendaPacks>();
        services.AddScoped<PublicationDesk>();
        services.AddScoped<SiteSearch>();
        return services;
    }
}
