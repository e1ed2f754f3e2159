using BoardRoom.Core.People;

namespace BoardRoom.App.Data;

/// <summary>A personal calendar feed address. Only the SHA-256 of the token is stored; the token itself is shown once.</summary>
public sealed class CalendarFeedTokenRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public PersonId PersonId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
