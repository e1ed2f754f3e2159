using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;

namespace BoardRoom.Core.Meetings;

/// <summary>A run of meetings of a board (e.g. the delivery group) on a cadence.</summary>
public sealed class MeetingSeries
{
    public const string DefaultTimeZone = "Europe/London";

    /// <summary>How far ahead, in months, a series' meetings can be generated at once.</summary>
    public const int MaxHorizonMonths = 36;

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

    /// <summary>
    /// Revises the series (see <see cref="Revise(string, TimeSpan, string, string)"/>) and carries the revision to its
    /// meetings still to come (scheduled, starting after <paramref name="now"/>) where they still had the series' old
    /// place (venue and link together) or old length: a meeting moved to another room on its own keeps it. Returns the
    /// meetings changed.
    /// </summary>
    public IReadOnlyList<Meeting> Revise(string name, TimeSpan defaultLength, string venue, string onlineLink, IEnumerable<Meeting> meetings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var (oldVenue, oldLink, oldLength) = (Venue, OnlineLink, DefaultLength);
        Revise(name, defaultLength, venue, onlineLink);
        var placeChanged = Venue != oldVenue || OnlineLink != oldLink;
        var lengthChanged = DefaultLength != oldLength;
        var changed = new List<Meeting>();
        foreach (var meeting in meetings.Where(m => m.SeriesId == Id && m.Status == MeetingStatus.Scheduled && m.StartsAt > now))
        {
            var followed = false;
            if (placeChanged && meeting.Venue == oldVenue && meeting.OnlineLink == oldLink)
            {
                meeting.ChangePlace(Venue, OnlineLink);
                followed = true;
            }
            if (lengthChanged && meeting.Length == oldLength)
            {
                meeting.Reschedule(meeting.StartsAt, DefaultLength);
                followed = true;
            }
            if (followed)
            {
                changed.Add(meeting);
            }
        }
        return changed;
    }

    /// <summary>The start (UTC) of the n-th meeting of the series, n = 0 for the first.</summary>
    public DateTimeOffset StartOfOccurrence(int n)
    {
        var date = FirstMeetingOn.AddDays(7 * Cadence.EveryWeeks * n);
        return LondonTime.ToUtc(date, Cadence.LocalStart, TimeZoneId);
    }

    /// <summary>The calendar date, in the series' time zone, of a moment.</summary>
    public DateOnly LocalDateOf(DateTimeOffset utc) => DateOnly.FromDateTime(LondonTime.ToLocal(utc, TimeZoneId));

    /// <summary>The latest start that generating <paramref name="months"/> months of meetings from <paramref name="now"/> reaches.</summary>
    /// <exception cref="DomainRuleException">Fewer than 1 or more than <see cref="MaxHorizonMonths"/> months.</exception>
    public static DateTimeOffset GenerationHorizon(DateTimeOffset now, int months) => months is >= 1 and <= MaxHorizonMonths
        ? now.AddMonths(months)
        : throw new DomainRuleException($"Meetings can be generated from 1 to {MaxHorizonMonths} months ahead (got {months}).");

    /// <summary>
    /// What generating the series' meetings from <paramref name="now"/> up to <paramref name="until"/> takes up, in
    /// order: every occurrence not <paramref name="generated"/> before (even if since moved or cancelled) and not on one
    /// of the <paramref name="skipDates"/>. An occurrence on a day the series already has a meeting
    /// (<paramref name="existing"/>, any status) is that meeting; the others are new meetings, numbered on from the
    /// series' highest number. Pure: nothing is created here, see <see cref="ScheduleMeeting"/>.
    /// </summary>
    public IReadOnlyList<PlannedOccurrence> PlanOccurrences(DateTimeOffset now, DateTimeOffset until, IReadOnlyCollection<int> generated,
        IReadOnlyCollection<DateOnly> skipDates, IReadOnlyCollection<Meeting> existing)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(skipDates);
        ArgumentNullException.ThrowIfNull(existing);
        var ours = existing.Where(m => m.SeriesId == Id).ToList();
        var byDate = ours.GroupBy(m => LocalDateOf(m.StartsAt)).ToDictionary(g => g.Key, g => g.First());
        var number = ours.Count == 0 ? 0 : ours.Max(m => m.Number);
        var planned = new List<PlannedOccurrence>();
        foreach (var (index, startsAt) in OccurrencesFrom(now))
        {
            if (startsAt > until)
            {
                break;
            }
            var date = LocalDateOf(startsAt);
            if (generated.Contains(index) || skipDates.Contains(date))
            {
                continue;
            }
            planned.Add(byDate.TryGetValue(date, out var already)
                ? new PlannedOccurrence(index, startsAt, already.Number, already.Id)
                : new PlannedOccurrence(index, startsAt, ++number, null));
        }
        return planned;
    }

    /// <summary>The new meeting for a planned occurrence, with the series' length and place, titled "Delivery Group meeting 7".</summary>
    public Meeting ScheduleMeeting(PlannedOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        if (!occurrence.IsNew)
        {
            throw new DomainRuleException("That occurrence already has its meeting.");
        }
        return Meeting.Schedule(BoardId, Id, occurrence.Number, $"{Name} meeting {occurrence.Number}", occurrence.StartsAt, DefaultLength, Venue, OnlineLink);
    }

    /// <summary>
    /// The series' scheduled meeting still to come (starting after <paramref name="now"/>) on <paramref name="date"/>,
    /// if any: the one that making the date a skip date cancels.
    /// </summary>
    public Meeting? ScheduledMeetingOn(DateOnly date, IEnumerable<Meeting> meetings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        return meetings.FirstOrDefault(m => m.SeriesId == Id && m.Status == MeetingStatus.Scheduled && m.StartsAt > now && LocalDateOf(m.StartsAt) == date);
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
