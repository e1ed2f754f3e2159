using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;

namespace BoardRoom.Core.Meetings;

/// <summary>A run of meetings of a board (e.g. the delivery group) on a cadence.</summary>
public sealed class MeetingSeries
{
    public const string DefaultTimeZone = "Europe/London";

    private MeetingSeries()
    {
        Name = string.Empty;
        Venue = string.Empty;
        OnlineLink = string.Empty;
        TimeZoneId = DefaultTimeZone;
        Cadence = new Cadence(1, DayOfWeek.Monday, new TimeOnly(10, 0));
    }

    public MeetingSeriesId Id { get; private set; }

    public BoardId BoardId { get; private set; }

    public string Name { get; private set; }

    public Cadence Cadence { get; private set; }

    /// <summary>The date of the first meeting; later dates are every <see cref="Cadence.EveryWeeks"/> weeks from it.</summary>
    public DateOnly FirstMeetingOn { get; private set; }

    public TimeSpan DefaultLength { get; private set; }

    public string Venue { get; private set; }

    public string OnlineLink { get; private set; }

    public string TimeZoneId { get; private set; }

    public static MeetingSeries Create(BoardId boardId, string name, Cadence cadence, DateOnly firstMeetingOn, TimeSpan defaultLength, string venue, string onlineLink)
    {
        if (firstMeetingOn.DayOfWeek != cadence.Day)
        {
            throw new DomainRuleException($"The first meeting ({firstMeetingOn:d MMM yyyy}) is not on a {cadence.Day}.");
        }
        return new MeetingSeries
        {
            Id = MeetingSeriesId.New(),
            BoardId = boardId,
            Name = Require.Text(name, "Series name", 150),
            Cadence = cadence,
            FirstMeetingOn = firstMeetingOn,
            DefaultLength = Require.PositiveDuration(defaultLength, "The default meeting length"),
            Venue = Require.OptionalText(venue, "Venue", 300),
            OnlineLink = Require.OptionalText(onlineLink, "Online link", 500),
        };
    }

    /// <summary>
    /// Changes what the series' meetings are called and where and how long they are held. The cadence and the first
    /// date stay: they fix which meetings exist (and who co-chairs them); a different rhythm is a new series.
    /// </summary>
    public void Revise(string name, TimeSpan defaultLength, string venue, string onlineLink)
    {
        var checkedName = Require.Text(name, "Series name", 150);
        var length = Require.PositiveDuration(defaultLength, "The default meeting length");
        var checkedVenue = Require.OptionalText(venue, "Venue", 300);
        var link = Require.OptionalText(onlineLink, "Online link", 500);
        (Name, DefaultLength, Venue, OnlineLink) = (checkedName, length, checkedVenue, link);
    }

    /// <summary>The start (UTC) of the n-th meeting of the series, n = 0 for the first.</summary>
    public DateTimeOffset StartOfOccurrence(int n)
    {
        var date = FirstMeetingOn.AddDays(7 * Cadence.EveryWeeks * n);
        return LondonTime.ToUtc(date, Cadence.LocalStart, TimeZoneId);
    }

    /// <summary>The occurrences (index and UTC start) that start at or after <paramref name="fromUtc"/>.</summary>
    public IEnumerable<(int Index, DateTimeOffset StartsAt)> OccurrencesFrom(DateTimeOffset fromUtc)
    {
        for (var n = 0; ; n++)
        {
            var start = StartOfOccurrence(n);
            if (start >= fromUtc)
            {
                yield return (n, start);
            }
        }
    }
}
