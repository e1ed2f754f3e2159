using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes;
using BoardRoom.Core.Minutes.Suggestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.ToTable("MinutesSuggestions");
        builder.HasKey(s => s.Id);
        // Ids are made by the domain: a new row is an insert, never an update.
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Original).HasMaxLength(Suggestion.MaxTextLength);
        builder.Property(s => s.Replacement).HasMaxLength(Suggestion.MaxTextLength);
        builder.Property(s => s.AuthorName).HasMaxLength(120);
        builder.Property(s => s.DecidedByName).HasMaxLength(120);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(s => s.Anchor);
        builder.Ignore(s => s.IsOpen);
        builder.Ignore(s => s.ClientId);
        builder.HasIndex(s => new { s.SectionId, s.At });
        builder.HasIndex(s => new { s.MeetingId, s.Status });
        builder.HasOne<MinutesSection>().WithMany().HasForeignKey(s => s.SectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Board>().WithMany().HasForeignKey(s => s.BoardId).OnDelete(DeleteBehavior.Cascade);
    }
}
