using BoardRoom.Core.Boards;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoardRoom.App.Data.Configurations;

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> builder)
    {
        builder.ToTable("Boards");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Name).HasMaxLength(150).IsRequired();
        builder.Property(b => b.Slug).HasMaxLength(60).IsRequired();
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.Property(b => b.Description).HasMaxLength(2000);
        builder.Ignore(b => b.PermanentCoChair);
        builder.Ignore(b => b.RotatingCoChairs);
        builder.Property(b => b.RotationOrder)
            .HasConversion(
                order => string.Join(',', order),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Nation>).ToList(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<IReadOnlyList<Nation>>(
                    (a, b) => a!.SequenceEqual(b!), o => o.Aggregate(0, (h, n) => HashCode.Combine(h, n)), o => o.ToList()))
            .HasMaxLength(80)
            .HasDefaultValue(Enum.GetValues<Nation>().ToList());
        builder.ComplexProperty(b => b.QuorumRule, q =>
        {
            q.Property(x => x.MinimumMembers).HasColumnName("QuorumMinimumMembers");
            q.Property(x => x.RequiresCoChair).HasColumnName("QuorumRequiresCoChair");
        });
        builder.HasMany(b => b.Members).WithOne().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Members).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_members");
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Nation).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Organisation).HasMaxLength(200);
        builder.Ignore(m => m.IsActive);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.PersonId, m.BoardId });
    }
}

internal sealed class MembershipInvitationConfiguration : IEntityTypeConfiguration<MembershipInvitation>
{
    public void Configure(EntityTypeBuilder<MembershipInvitation> builder)
    {
        builder.ToTable("MembershipInvitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.NameAsInvited).HasMaxLength(120).IsRequired();
        builder.Property(i => i.Email).HasMaxLength(254).IsRequired();
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Nation).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Organisation).HasMaxLength(200);
        builder.Ignore(i => i.IsPending);
        builder.HasOne<Board>().WithMany().HasForeignKey(i => i.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.PersonId, i.Status });
        builder.HasIndex(i => new { i.BoardId, i.Status });
    }
}
