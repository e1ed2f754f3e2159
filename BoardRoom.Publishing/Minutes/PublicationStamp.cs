using BoardRoom.Publishing.Documents;

namespace BoardRoom.Publishing.Minutes;

/// <summary>
/// What a rendering of a record says about itself, outside the hashed record: its version number (null for a draft
/// preview), when it was produced, the correction note of a later version, and the co-chairs' signatures.
/// </summary>
public sealed record PublicationStamp(int? Version, DateTimeOffset At, string CorrectionNote, IReadOnlyList<SignOffEntry> Signatures)
{
    public static PublicationStamp Draft(DateTimeOffset at, IReadOnlyList<SignOffEntry>? signatures = null) => new(null, at, string.Empty, signatures ?? []);
}
