namespace BoardRoom.Core.Agendas;

public static class AgendaPurposeNames
{
    public static string Display(this AgendaPurpose purpose) => purpose switch
    {
        AgendaPurpose.ForDecision => "For decision",
        AgendaPurpose.ForDiscussion => "For discussion",
        _ => "For information",
    };
}
