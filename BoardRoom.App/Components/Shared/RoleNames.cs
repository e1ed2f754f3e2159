namespace BoardRoom.App.Components.Shared;

public static class RoleNames
{
    public static string Display(BoardRoom.Core.Boards.BoardRole role) => role switch
    {
        BoardRoom.Core.Boards.BoardRole.CoChair => "a co-chair",
        BoardRoom.Core.Boards.BoardRole.Secretariat => "secretariat",
        BoardRoom.Core.Boards.BoardRole.Observer => "an observer",
        _ => "a member",
    };
}
