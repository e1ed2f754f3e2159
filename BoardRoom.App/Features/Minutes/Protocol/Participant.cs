namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>Someone in a section. <c>ParticipantId</c> is per connection (the same person may be here twice).</summary>
public sealed record Participant(string ParticipantId, string PersonId, string Name, string Colour, bool CanEdit, Selection? Selection);
