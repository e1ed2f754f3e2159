using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Rotation;

/// <summary>A rotating co-chair who has said they cannot chair a particular meeting.</summary>
public readonly record struct Unavailability(MeetingId MeetingId, MembershipId MembershipId);
