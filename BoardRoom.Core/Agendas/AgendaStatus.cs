namespace BoardRoom.Core.Agendas;

public enum AgendaStatus
{
    Draft,
    Approved,
}
