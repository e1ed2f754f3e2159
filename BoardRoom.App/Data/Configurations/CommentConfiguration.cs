using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes;
using BoardRoom.Core.Minutes.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class CommentThreadConfiguration : IEntityTypeConfiguration<CommentThread>
{
    public void Configure(EntityTypeBuilder<CommentThread> builder)
    {
        builder.ToTable("MinutesCommentThreads");
        builder.HasKey(t => t.Id);
        // Ids are made by the domain: a new row found through a collection is an insert, never an update.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Quote).HasMaxLength(CommentThread.MaxQuoteLength);
        builder.Property(t => t.ResolvedByName).HasMaxLength(120);
        builder.Ignore(t => t.IsResolved);
        builder.Ignore(t => t.Anchor);
        builder.HasIndex(t => new { t.SectionId, t.OpenedAt });
        builder.HasIndex(t => new { t.MeetingId, t.ResolvedAt });
        builder.HasOne<MinutesSection>().WithMany().HasForeignKey(t => t.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Board>().WithMany().HasForeignKey(t => t.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Replies).WithOne().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Replies).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_replies");
    }
}

internal sealed class CommentReplyConfiguration : IEntityTypeConfiguration<CommentReply>
{
    public void Configure(EntityTypeBuilder<CommentReply> builder)
    {
        builder.ToTable("MinutesCommentReplies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AuthorName).HasMaxLength(120);
        builder.Property(r => r.Text).HasMaxLength(CommentThread.MaxTextLength);
    }
}
