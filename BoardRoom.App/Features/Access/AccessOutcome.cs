namespace BoardRoom.App.Features.Access;

public enum AccessOutcome
{
    Allowed,
    NotFound,
    Forbidden,
}
