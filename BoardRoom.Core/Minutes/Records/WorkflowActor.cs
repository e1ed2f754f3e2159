using BoardRoom.Core.People;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>Who takes a step, as the server knows them from the sign-in (never from the request).</summary>
public sealed record WorkflowActor(PersonId PersonId, string Name);
