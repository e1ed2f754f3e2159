using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class MinutesWorkflowConfiguration : IEntityTypeConfiguration<MinutesWorkflow>
{
    public void Configure(EntityTypeBuilder<MinutesWorkflow> builder)
    {
        builder.ToTable("MinutesWorkflows");
        builder.HasKey(w => w.MeetingId);
        builder.Property(w => w.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Revision).IsConcurrencyToken();
        builder.Ignore(w => w.NextVersion);
        builder.HasOne<Meeting>().WithOne().HasForeignKey<MinutesWorkflow>(w => w.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Board>().WithMany().HasForeignKey(w => w.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.History).WithOne().HasForeignKey(h => h.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");
        builder.HasMany(w => w.Comments).WithOne().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Comments).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_comments");
        builder.HasMany(w => w.Signatures).WithOne().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Signatures).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_signatures");
        builder.HasMany(w => w.Publications).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(w => w.Publications).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_publications");
    }
}

internal sealed class WorkflowEntryConfiguration : IEntityTypeConfiguration<WorkflowEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowEntry> builder)
    {
        builder.ToTable("MinutesWorkflowHistory");
        builder.HasKey(h => h.Id);
        // Ids are made by the domain: a new row found through a collection is an insert, never an update.
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.ByName).HasMaxLength(120);
        builder.Property(h => h.What).HasMaxLength(1200);
        builder.Property(h => h.Stage).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.ToTable("MinutesReviewComments");
        builder.HasKey(c => c.Id);
        // Ids are made by the domain: a new row found through a collection is an insert, never an update.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AuthorName).HasMaxLength(120);
        builder.Property(c => c.Text).HasMaxLength(MinutesWorkflow.MaxCommentLength);
    }
}

internal sealed class CoChairSignatureConfiguration : IEntityTypeConfiguration<CoChairSignature>
{
    public void Configure(EntityTypeBuilder<CoChairSignature> builder)
    {
        builder.ToTable("MinutesSignatures");
        builder.HasKey(s => s.Id);
        // Ids are made by the domain: a new row found through a collection is an insert, never an update.
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(120);
        builder.Property(s => s.Role).HasMaxLength(120);
        builder.Property(s => s.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(s => new { s.MeetingId, s.PersonId }).IsUnique();
    }
}

internal sealed class MinutesPublicationConfiguration : IEntityTypeConfiguration<MinutesPublication>
{
    public void Configure(EntityTypeBuilder<MinutesPublication> builder)
    {
        builder.ToTable("MinutesPublications");
        builder.HasKey(p => p.Id);
        // Ids are made by the domain: a new row found through a collection is an insert, never an update.
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.PublishedByName).HasMaxLength(120);
        builder.Property(p => p.CorrectionNote).HasMaxLength(MinutesWorkflow.MaxNoteLength);
        builder.Property(p => p.PublicSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(p => p.FullSha256).HasMaxLength(64).IsFixedLength();
        // One version number per meeting, even if two people press Publish at once.
        builder.HasIndex(p => new { p.MeetingId, p.Version }).IsUnique();
        builder.HasIndex(p => new { p.BoardId, p.PublishedAt });
        builder.HasOne<Board>().WithMany().HasForeignKey(p => p.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Content).WithOne().HasForeignKey<PublicationContent>(c => c.PublicationId).IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PublicationContentConfiguration : IEntityTypeConfiguration<PublicationContent>
{
    public void Configure(EntityTypeBuilder<PublicationContent> builder)
    {
        builder.ToTable("MinutesPublicationContents");
        builder.HasKey(c => c.PublicationId);
        builder.Property(c => c.PublicationId).ValueGeneratedNever();
        builder.Property(c => c.PublicHtml).IsRequired();
        builder.Property(c => c.PublicPdf).IsRequired();
        builder.Property(c => c.FullPdf).IsRequired();
        builder.Property(c => c.PublicDocx).IsRequired();
        builder.Property(c => c.FullDocx).IsRequired();
    }
}
