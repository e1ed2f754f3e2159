using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Data;

/// <summary>A date (London) on which a series does not meet, e.g. a bank holiday.</summary>
public sealed class SeriesSkipDateRow
{
    public MeetingSeriesId SeriesId { get; set; }

    public DateOnly Date { get; set; }

    public string Reason { get; set; } = string.Empty;
}
