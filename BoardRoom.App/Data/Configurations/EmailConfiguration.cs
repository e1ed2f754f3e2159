using BoardRoom.Core.Boards;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ToAddress).HasMaxLength(320).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(400).IsRequired();
        builder.Property(m => m.MessageId).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.Mime).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);
        builder.Property(m => m.DedupeKey).HasMaxLength(200);
        builder.Property(m => m.DigestLink).HasMaxLength(2000);
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        // The sender's query: what is due, oldest first.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.BoardId, m.CreatedAt });
        builder.HasOne<Board>().WithMany().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.RecipientId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EmailOptOutConfiguration : IEntityTypeConfiguration<EmailOptOutRow>
{
    public void Configure(EntityTypeBuilder<EmailOptOutRow> builder)
    {
        builder.ToTable("EmailOptOuts");
        builder.HasKey(o => new { o.PersonId, o.Kind });
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EmailDailyDigestConfiguration : IEntityTypeConfiguration<EmailDailyDigestRow>
{
    public void Configure(EntityTypeBuilder<EmailDailyDigestRow> builder)
    {
        builder.ToTable("EmailDailyDigests");
        builder.HasKey(d => d.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ForumSubscriptionConfiguration : IEntityTypeConfiguration<ForumSubscriptionRow>
{
    public void Configure(EntityTypeBuilder<ForumSubscriptionRow> builder)
    {
        builder.ToTable("ForumSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Email).HasMaxLength(320).IsRequired();
        builder.HasIndex(s => new { s.BoardId, s.Email }).IsUnique();
        builder.Ignore(s => s.IsActive);
        builder.HasOne<Board>().WithMany().HasForeignKey(s => s.BoardId).OnDelete(DeleteBehavior.Cascade);
    }
}
