using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// A co-chair's sign-off: who, in which role, when, and the SHA-256 of the exact full record they signed. It holds
/// only while the record still has that hash.
/// </summary>
public sealed class CoChairSignature
{
    private CoChairSignature()
    {
        Name = string.Empty;
        Role = string.Empty;
        Sha256 = string.Empty;
    }

    internal CoChairSignature(MeetingId meetingId, PersonId personId, string name, string role, DateTimeOffset signedAt, string sha256)
    {
        Id = Guid.NewGuid();
        MeetingId = meetingId;
        PersonId = personId;
        Name = name;
        Role = role;
        SignedAt = signedAt;
        Sha256 = sha256;
    }

    public Guid Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public PersonId PersonId { get; private set; }

    public string Name { get; private set; }

    public string Role { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    public string Sha256 { get; private set; }

    public bool Matches(string currentSha256) => string.Equals(Sha256, currentSha256, StringComparison.Ordinal);
}
