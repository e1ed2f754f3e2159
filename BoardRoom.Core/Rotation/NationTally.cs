using BoardRoom.Core.Boards;

namespace BoardRoom.Core.Rotation;

/// <summary>How many meetings a nation co-chaired (held) and is planned to co-chair, within a range.</summary>
public sealed record NationTally(Nation Nation, int Held, int Planned)
{
    public int Total => Held + Planned;
}
