using BoardRoom.Core.Boards;

namespace BoardRoom.App.Features.Administration;

/// <summary>A new member: found by email among existing people, or added as a new person.</summary>
public sealed class NewMemberForm
{
    public string Email { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    public BoardRole Role { get; set; } = BoardRole.Member;

    public Nation? Nation { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;
}

/// <summary>A new meeting series: every N weeks on a weekday at a London time.</summary>
public sealed class NewSeriesForm
{
    public string Name { get; set; } = string.Empty;

    public int EveryWeeks { get; set; } = 6;

    public DayOfWeek Day { get; set; } = DayOfWeek.Tuesday;

    public TimeOnly LocalStart { get; set; } = new(10, 0);

    public DateOnly FirstMeetingOn { get; set; }

    public int DefaultLengthMinutes { get; set; } = 120;

    public string Venue { get; set; } = string.Empty;

    public string OnlineLink { get; set; } = string.Empty;
}

/// <summary>What can change in a series once it exists: its name, default length, venue and online link.</summary>
public sealed class SeriesDetailsForm
{
    public string Name { get; set; } = string.Empty;

    public int DefaultLengthMinutes { get; set; } = 120;

    public string Venue { get; set; } = string.Empty;

    public string OnlineLink { get; set; } = string.Empty;

    public static SeriesDetailsForm From(AdminSeries series) => new()
    {
        Name = series.Name, DefaultLengthMinutes = series.DefaultLengthMinutes, Venue = series.Venue, OnlineLink = series.OnlineLink,
    };
}

/// <summary>A meeting's new date and London start and end times.</summary>
public sealed class MoveMeetingForm
{
    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; } = new(10, 0);

    public TimeOnly End { get; set; } = new(12, 0);

    public string Reason { get; set; } = string.Empty;
}

/// <summary>A standing item for a series' agenda template.</summary>
public sealed class StandingItemForm
{
    public string Title { get; set; } = string.Empty;

    public BoardRoom.Core.Agendas.AgendaPurpose Purpose { get; set; } = BoardRoom.Core.Agendas.AgendaPurpose.ForDiscussion;

    public string Presenter { get; set; } = string.Empty;

    public int MinutesAllotted { get; set; } = 10;

    public bool AtEnd { get; set; }
}
