namespace BoardRoom.Core.Actions;

/// <summary>
/// What someone asks an action to become. Owner is either a member (<see cref="OwnerPersonId"/>) or an organisation.
/// <see cref="DueDateReason"/> is required when the due date moves; <see cref="Comment"/> goes with a status change
/// (and is the reason for dropping).
/// </summary>
public sealed record ActionCorrection(
    string Description,
    BoardRoom.Core.People.PersonId? OwnerPersonId,
    string OwnerOrganisation,
    DateOnly DueOn,
    string DueDateReason,
    ActionStatus Status,
    string Comment);
