namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// Someone at (or sending apologies to) the meeting. <see cref="ArrivedLateAt"/> and <see cref="LeftEarlyAt"/> are set
/// only when the person came after the start or went before the end, as minutes note them.
/// </summary>
public sealed record RecordAttendee(string Name, string Organisation, DateTimeOffset? ArrivedLateAt = null, DateTimeOffset? LeftEarlyAt = null);
