using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Data;

/// <summary>
/// Records that an occurrence of a series' cadence has been generated (or skipped), so generating again never
/// recreates a meeting that was since moved or cancelled.
/// </summary>
public sealed class SeriesOccurrenceRow
{
    public MeetingSeriesId SeriesId { get; set; }

    /// <summary>0 for the series' first date, as in <see cref="MeetingSeries.StartOfOccurrence"/>.</summary>
    public int Index { get; set; }

    /// <summary>The meeting generated for it; null when the date was a skip date.</summary>
    public MeetingId? MeetingId { get; set; }
}
