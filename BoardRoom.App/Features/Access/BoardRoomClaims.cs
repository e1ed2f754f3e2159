namespace BoardRoom.App.Features.Access;

public static class BoardRoomClaims
{
    /// <summary>The id of the <see cref="Core.People.Person"/> an account belongs to.</summary>
    public const string PersonId = "boardroom:person";

    public const string FullName = "boardroom:name";
}
