namespace BoardRoom.Core.Agendas;

public enum AgendaPurpose
{
    ForDecision,
    ForDiscussion,
    ForInformation,
}
