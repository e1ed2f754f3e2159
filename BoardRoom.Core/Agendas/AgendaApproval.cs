using BoardRoom.Core.People;

namespace BoardRoom.Core.Agendas;

/// <summary>A co-chair's approval of a meeting's agenda: who approved, and when.</summary>
public sealed record AgendaApproval(PersonId PersonId, DateTimeOffset ApprovedAt);
