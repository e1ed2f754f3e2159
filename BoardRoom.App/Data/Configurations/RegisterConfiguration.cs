using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("Decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Text).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.Method).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(d => d.Reference);
        builder.Ignore(d => d.HowDecided);
        builder.Ignore(d => d.IsCorrected);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Decision>().WithMany().HasForeignKey(d => d.SupersededById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Changes).WithOne().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Changes).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_changes");
        // One number per board and year, even when two people record decisions at the same moment.
        builder.HasIndex(d => new { d.BoardId, d.Year, d.Sequence }).IsUnique();
        builder.HasOne<Board>().WithMany().HasForeignKey(d => d.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("Actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Description).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.Measure).HasMaxLength(500).IsRequired();
        builder.Property(a => a.OwnerOrganisation).HasMaxLength(200);
        builder.Property(a => a.DropReason).HasMaxLength(2000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.Reference);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.AgreedOn);
        builder.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Changes).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_changes");
        builder.HasIndex(a => new { a.BoardId, a.Year, a.Sequence }).IsUnique();
        builder.HasIndex(a => new { a.BoardId, a.Status });
        builder.HasOne<Board>().WithMany().HasForeignKey(a => a.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Updates).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_updates");
    }
}

internal sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> builder)
    {
        builder.ToTable("ActionUpdates");
        builder.HasKey(u => u.Id);
        // Core gives each update its id. Left "generated on add", EF takes a new update found through the action's
        // collection for an existing row (its key is already set) and issues an UPDATE that matches nothing.
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Comment).HasMaxLength(2000);
        builder.Property(u => u.NewStatus).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ActionChangeConfiguration : IEntityTypeConfiguration<ActionChange>
{
    public void Configure(EntityTypeBuilder<ActionChange> builder)
    {
        builder.ToTable("ActionChanges");
        builder.HasKey(c => c.Id);
        // As for updates: Core sets the id, so a new change reached through its action must be an INSERT.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Field).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.From).HasMaxLength(1000);
        builder.Property(c => c.To).HasMaxLength(1000);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.HasIndex(c => new { c.ActionItemId, c.At });
    }
}

internal sealed class DecisionChangeConfiguration : IEntityTypeConfiguration<DecisionChange>
{
    public void Configure(EntityTypeBuilder<DecisionChange> builder)
    {
        builder.ToTable("DecisionChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.From).HasMaxLength(2000);
        builder.Property(c => c.To).HasMaxLength(2000);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.HasIndex(c => new { c.DecisionId, c.At });
    }
}
