using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Registers;

/// <summary>A member of the action's board who may be named its owner.</summary>
public sealed record OwnerChoice(PersonId PersonId, string Name);
