using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class RotationPinConfiguration : IEntityTypeConfiguration<RotationPinRow>
{
    public void Configure(EntityTypeBuilder<RotationPinRow> builder)
    {
        builder.ToTable("RotationPins");
        builder.HasKey(p => p.MeetingId);
        builder.Property(p => p.TurnOf).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.BoardId);
        builder.HasOne<Meeting>().WithOne().HasForeignKey<RotationPinRow>(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Membership>().WithMany().HasForeignKey(p => p.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RotationUnavailabilityConfiguration : IEntityTypeConfiguration<RotationUnavailabilityRow>
{
    public void Configure(EntityTypeBuilder<RotationUnavailabilityRow> builder)
    {
        builder.ToTable("RotationUnavailability");
        builder.HasKey(u => new { u.MeetingId, u.MembershipId });
        builder.Property(u => u.Reason).HasMaxLength(500);
        builder.HasIndex(u => u.BoardId);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(u => u.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Membership>().WithMany().HasForeignKey(u => u.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RotationChangeConfiguration : IEntityTypeConfiguration<RotationChangeRow>
{
    public void Configure(EntityTypeBuilder<RotationChangeRow> builder)
    {
        builder.ToTable("RotationChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.HasIndex(c => new { c.BoardId, c.At });
        builder.HasOne<Board>().WithMany().HasForeignKey(c => c.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeriesSkipDateConfiguration : IEntityTypeConfiguration<SeriesSkipDateRow>
{
    public void Configure(EntityTypeBuilder<SeriesSkipDateRow> builder)
    {
        builder.ToTable("SeriesSkipDates");
        builder.HasKey(s => new { s.SeriesId, s.Date });
        builder.Property(s => s.Reason).HasMaxLength(200);
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeriesOccurrenceConfiguration : IEntityTypeConfiguration<SeriesOccurrenceRow>
{
    public void Configure(EntityTypeBuilder<SeriesOccurrenceRow> builder)
    {
        builder.ToTable("SeriesOccurrences");
        builder.HasKey(o => new { o.SeriesId, o.Index });
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(o => o.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MeetingCalendarStampConfiguration : IEntityTypeConfiguration<MeetingCalendarStampRow>
{
    public void Configure(EntityTypeBuilder<MeetingCalendarStampRow> builder)
    {
        builder.ToTable("MeetingCalendarStamps");
        builder.HasKey(s => s.MeetingId);
        builder.HasOne<Meeting>().WithOne().HasForeignKey<MeetingCalendarStampRow>(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaPaperConfiguration : IEntityTypeConfiguration<AgendaPaperRow>
{
    public void Configure(EntityTypeBuilder<AgendaPaperRow> builder)
    {
        builder.ToTable("AgendaPapers");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.FileName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.HasIndex(p => p.MeetingId);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(p => p.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.UploadedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaperContentConfiguration : IEntityTypeConfiguration<PaperContentRow>
{
    public void Configure(EntityTypeBuilder<PaperContentRow> builder)
    {
        builder.ToTable("PaperContents");
        builder.HasKey(c => c.PaperId);
        builder.Property(c => c.Content).IsRequired();
        // Removing a paper, its item or its meeting removes the bytes in the same statement.
        builder.HasOne<AgendaPaperRow>().WithOne().HasForeignKey<PaperContentRow>(c => c.PaperId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedTokenRow>
{
    public void Configure(EntityTypeBuilder<CalendarFeedTokenRow> builder)
    {
        builder.ToTable("CalendarFeedTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.Property(t => t.Label).HasMaxLength(100);
        builder.HasIndex(t => t.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeriesStandingItemConfiguration : IEntityTypeConfiguration<SeriesStandingItemRow>
{
    public void Configure(EntityTypeBuilder<SeriesStandingItemRow> builder)
    {
        builder.ToTable("SeriesStandingItems");
        builder.HasKey(s => new { s.SeriesId, s.Position });
        builder.Property(s => s.Title).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Presenter).HasMaxLength(120);
        builder.Property(s => s.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
