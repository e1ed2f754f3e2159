namespace BoardRoom.Core.Agendas;

/// <summary>Which board pack of an agenda: with reserved items, or without them.</summary>
public enum AgendaPackVariant
{
    /// <summary>Every item, reserved business included: for those whose seat may read reserved business.</summary>
    Full,

    /// <summary>Reserved items and their papers left out: for everyone else on the board.</summary>
    Public,
}
