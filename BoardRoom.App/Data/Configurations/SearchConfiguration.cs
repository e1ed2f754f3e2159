using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntryRow>
{
    public void Configure(EntityTypeBuilder<SearchEntryRow> builder)
    {
        // The full-text index over Title and Body is each engine's own, made in its migration from Features/Search/SearchSql.
        builder.ToTable("SearchEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Title).IsRequired();
        builder.Property(e => e.Body).IsRequired();
        builder.HasIndex(e => new { e.Kind, e.SourceId }).IsUnique();
        // Removing a meeting or an item removes what the index holds of it, in the same statement, whoever removes it.
        builder.HasOne<Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(e => e.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SearchIndexStateConfiguration : IEntityTypeConfiguration<SearchIndexStateRow>
{
    public void Configure(EntityTypeBuilder<SearchIndexStateRow> builder)
    {
        builder.ToTable("SearchIndexState");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
