using BoardRoom.Core.Boards;

namespace BoardRoom.App.Features.Boards;

public sealed record BoardSummary(BoardId Id, string Name, string Slug, string Description, BoardRole MyRole, int MemberCount);
