using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class MeetingSeriesConfiguration : IEntityTypeConfiguration<MeetingSeries>
{
    public void Configure(EntityTypeBuilder<MeetingSeries> builder)
    {
        builder.ToTable("MeetingSeries");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(150).IsRequired();
        builder.Property(s => s.Venue).HasMaxLength(300);
        builder.Property(s => s.OnlineLink).HasMaxLength(500);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.ComplexProperty(s => s.Cadence, c =>
        {
            c.Property(x => x.EveryWeeks).HasColumnName("CadenceEveryWeeks");
            c.Property(x => x.Day).HasColumnName("CadenceDay").HasConversion<string>().HasMaxLength(10);
            c.Property(x => x.LocalStart).HasColumnName("CadenceLocalStart");
        });
        builder.HasOne<Board>().WithMany().HasForeignKey(s => s.BoardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingEntityConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Title).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Venue).HasMaxLength(300);
        builder.Property(m => m.OnlineLink).HasMaxLength(500);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.AgendaStatus).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(m => m.EndsAt);
        builder.Ignore(m => m.HeldAt);
        builder.Ignore(m => m.HeldUntil);
        builder.Ignore(m => m.MinutesPlanned);
        builder.Ignore(m => m.IsOverPlanned);
        builder.Ignore(m => m.ItemsNotReachedYet);
        builder.HasOne<Board>().WithMany().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(m => m.SeriesId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Membership>().WithMany().HasForeignKey(m => m.RotatingCoChairId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.BoardId, m.StartsAt });
        builder.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.AgendaItems).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_items");
        builder.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_attendance");
        builder.HasMany(m => m.Declarations).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Declarations).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_declarations");
        builder.OwnsMany(m => m.AgendaApprovals, a =>
        {
            a.ToTable("AgendaApprovals");
            a.WithOwner().HasForeignKey("MeetingId");
            a.Property<int>("Id");
            a.HasKey("Id");
        });
        builder.Navigation(m => m.AgendaApprovals).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_approvals");
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("AgendaItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Presenter).HasMaxLength(120);
        builder.Property(i => i.Description).HasMaxLength(4000);
        builder.Property(i => i.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(i => i.WasNotReached);
        // An item is carried to a given agenda once, even when two people carry it at the same moment.
        builder.HasIndex(i => new { i.MeetingId, i.CarriedFromId }).IsUnique();
    }
}

internal sealed class AttendanceEntryConfiguration : IEntityTypeConfiguration<AttendanceEntry>
{
    public void Configure(EntityTypeBuilder<AttendanceEntry> builder)
    {
        builder.ToTable("Attendance");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.GuestName).HasMaxLength(120);
        builder.Property(a => a.GuestOrganisation).HasMaxLength(200);
        builder.Ignore(a => a.IsGuest);
    }
}

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder)
    {
        builder.ToTable("Declarations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Interest).HasMaxLength(500);
        builder.HasIndex(d => new { d.MeetingId, d.AgendaItemId, d.PersonId }).IsUnique();
    }
}
