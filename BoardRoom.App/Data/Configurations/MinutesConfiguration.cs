using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class MinutesSectionConfiguration : IEntityTypeConfiguration<MinutesSection>
{
    public void Configure(EntityTypeBuilder<MinutesSection> builder)
    {
        builder.ToTable("MinutesSections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.LockReason).HasMaxLength(200);
        builder.Ignore(s => s.IsLocked);
        builder.HasOne<AgendaItem>().WithOne().HasForeignKey<MinutesSection>(s => s.Id).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Board>().WithMany().HasForeignKey(s => s.BoardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MinutesOperationRowConfiguration : IEntityTypeConfiguration<MinutesOperationRow>
{
    public void Configure(EntityTypeBuilder<MinutesOperationRow> builder)
    {
        builder.ToTable("MinutesOperations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.AuthorId).HasMaxLength(64).IsRequired();
        builder.Property(o => o.ClientId).HasMaxLength(64).IsRequired();
        builder.Property(o => o.Operation).IsRequired();
        // These two indexes are the op log's integrity: one revision per document, one sequencing per client edit.
        builder.HasIndex(o => new { o.DocumentId, o.Revision }).IsUnique();
        builder.HasIndex(o => new { o.DocumentId, o.ClientId, o.ClientSeq }).IsUnique();
    }
}

internal sealed class MinutesSnapshotRowConfiguration : IEntityTypeConfiguration<MinutesSnapshotRow>
{
    public void Configure(EntityTypeBuilder<MinutesSnapshotRow> builder)
    {
        builder.ToTable("MinutesSnapshots");
        builder.HasKey(s => s.DocumentId);
    }
}
