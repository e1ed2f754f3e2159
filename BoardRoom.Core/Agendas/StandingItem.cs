namespace BoardRoom.Core.Agendas;

/// <summary>An item every meeting of a series carries, from the series' agenda template.</summary>
/// <param name="Title">Also how a meeting recognises the item is already on its agenda.</param>
/// <param name="Purpose">For decision, discussion or information.</param>
/// <param name="Presenter">Who usually takes it, e.g. "Co-chairs" or "Secretariat".</param>
/// <param name="MinutesAllotted">Default time.</param>
/// <param name="AtEnd">Closes the agenda (any other business) rather than opening it.</param>
public sealed record StandingItem(string Title, AgendaPurpose Purpose, string Presenter, int MinutesAllotted, bool AtEnd = false);
