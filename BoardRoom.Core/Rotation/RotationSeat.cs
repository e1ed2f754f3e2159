using BoardRoom.Core.Boards;

namespace BoardRoom.Core.Rotation;

/// <summary>A place in the co-chair rotation: the membership that co-chairs for a nation.</summary>
public sealed record RotationSeat(MembershipId MembershipId, Nation Nation);
