using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Data;

/// <summary>
/// The one database of the app: Identity's tables plus the domain's. Services create a short-lived context per
/// unit of work through <see cref="IDbContextFactory{TContext}"/>; components never hold one.
/// </summary>
/// <remarks>Not sealed only for <see cref="PostgreSqlBoardRoomDbContext"/>, which keys the PostgreSQL migrations.</remarks>
public class BoardRoomDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    public BoardRoomDbContext(DbContextOptions<BoardRoomDbContext> options)
        : base(options)
    {
    }

    /// <summary>For an engine's derived context, whose options are typed to it.</summary>
    protected BoardRoomDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Person> People => Set<Person>();

    /// <summary>The data-protection key ring (cookies, antiforgery, Identity tokens), shared by every node of the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Board> Boards => Set<Board>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<MembershipInvitation> MembershipInvitations => Set<MembershipInvitation>();

    public DbSet<MeetingSeries> MeetingSeries => Set<MeetingSeries>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<ActionItem> Actions => Set<ActionItem>();

    public DbSet<MinutesSection> MinutesSections => Set<MinutesSection>();

    public DbSet<MinutesOperationRow> MinutesOperations => Set<MinutesOperationRow>();

    public DbSet<MinutesSnapshotRow> MinutesSnapshots => Set<MinutesSnapshotRow>();

    public DbSet<Core.Minutes.Comments.CommentThread> CommentThreads => Set<Core.Minutes.Comments.CommentThread>();

    public DbSet<Core.Minutes.Suggestions.Suggestion> Suggestions => Set<Core.Minutes.Suggestions.Suggestion>();

    public DbSet<RotationPinRow> RotationPins => Set<RotationPinRow>();

    public DbSet<RotationUnavailabilityRow> RotationUnavailability => Set<RotationUnavailabilityRow>();

    public DbSet<RotationChangeRow> RotationChanges => Set<RotationChangeRow>();

    public DbSet<SeriesSkipDateRow> SeriesSkipDates => Set<SeriesSkipDateRow>();

    public DbSet<SeriesOccurrenceRow> SeriesOccurrences => Set<SeriesOccurrenceRow>();

    public DbSet<SeriesStandingItemRow> SeriesStandingItems => Set<SeriesStandingItemRow>();

    public DbSet<MeetingCalendarStampRow> MeetingCalendarStamps => Set<MeetingCalendarStampRow>();

    public DbSet<AgendaPaperRow> AgendaPapers => Set<AgendaPaperRow>();

    /// <summary>The papers' bytes, apart from <see cref="AgendaPapers"/> so that listing papers never reads them.</summary>
    public DbSet<PaperContentRow> PaperContents => Set<PaperContentRow>();

    public DbSet<CalendarFeedTokenRow> CalendarFeedTokens => Set<CalendarFeedTokenRow>();

    public DbSet<MinutesWorkflow> MinutesWorkflows => Set<MinutesWorkflow>();

    public DbSet<MinutesPublication> MinutesPublications => Set<MinutesPublication>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<EmailOptOutRow> EmailOptOuts => Set<EmailOptOutRow>();

    public DbSet<ForumSubscriptionRow> ForumSubscriptions => Set<ForumSubscriptionRow>();

    public DbSet<EmailDailyDigestRow> EmailDailyDigests => Set<EmailDailyDigestRow>();

    /// <summary>What search finds (Features/Search); the engine's full-text index follows it.</summary>
    public DbSet<SearchEntryRow> SearchEntries => Set<SearchEntryRow>();

    public DbSet<SearchIndexStateRow> SearchIndexState => Set<SearchIndexStateRow>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BoardRoomDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<BoardId>().HaveConversion<StronglyTypedIdConverters.BoardIdConverter>();
        configuration.Properties<MembershipId>().HaveConversion<StronglyTypedIdConverters.MembershipIdConverter>();
        configuration.Properties<MembershipInvitationId>().HaveConversion<StronglyTypedIdConverters.MembershipInvitationIdConverter>();
        configuration.Properties<PersonId>().HaveConversion<StronglyTypedIdConverters.PersonIdConverter>();
        configuration.Properties<MeetingId>().HaveConversion<StronglyTypedIdConverters.MeetingIdConverter>();
        configuration.Properties<MeetingSeriesId>().HaveConversion<StronglyTypedIdConverters.MeetingSeriesIdConverter>();
        configuration.Properties<AgendaItemId>().HaveConversion<StronglyTypedIdConverters.AgendaItemIdConverter>();
        configuration.Properties<AttendanceEntryId>().HaveConversion<StronglyTypedIdConverters.AttendanceEntryIdConverter>();
        configuration.Properties<DeclarationId>().HaveConversion<StronglyTypedIdConverters.DeclarationIdConverter>();
        configuration.Properties<DecisionId>().HaveConversion<StronglyTypedIdConverters.DecisionIdConverter>();
        configuration.Properties<ActionItemId>().HaveConversion<StronglyTypedIdConverters.ActionItemIdConverter>();
        // SQLite cannot order or compare DateTimeOffset natively: store UTC ticks so queries stay in SQL. PostgreSQL could
        // (timestamptz), but one storage on both engines keeps one model and lets raw SQL (the op log) write ticks everywhere.
        configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverterUtc>();
        configuration.Properties<TimeSpan>().HaveConversion<long>();
    }
}
