using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Data;

/// <summary>One standing item of a series' agenda template. A series without rows uses <see cref="StandingAgenda.Default"/>.</summary>
public sealed class SeriesStandingItemRow
{
    public MeetingSeriesId SeriesId { get; set; }

    public int Position { get; set; }

    public string Title { get; set; } = string.Empty;

    public AgendaPurpose Purpose { get; set; }

    public string Presenter { get; set; } = string.Empty;

    public int MinutesAllotted { get; set; }

    public bool AtEnd { get; set; }

    public StandingItem ToItem() => new(Title, Purpose, Presenter, MinutesAllotted, AtEnd);
}
