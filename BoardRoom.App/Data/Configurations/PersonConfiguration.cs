using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.FullName).HasMaxLength(120).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(254).IsRequired();
        builder.HasIndex(p => p.Email).IsUnique();
        builder.Ignore(p => p.Initials);
    }
}
