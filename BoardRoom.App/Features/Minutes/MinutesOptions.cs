namespace BoardRoom.App.Features.Minutes;

/// <summary>The "BoardRoom:Minutes" configuration section: per-connection rate limits of the minutes hub.</summary>
public sealed class MinutesOptions
{
    public const string Section = "BoardRoom:Minutes";

    /// <summary>Edits a connection may send at once before the limit applies.</summary>
    public double SubmitBurst { get; set; } = 60;

    /// <summary>Edits per second a connection may sustain (a fast typist makes about 10).</summary>
    public double SubmitsPerSecond { get; set; } = 30;

    public double PresenceBurst { get; set; } = 30;

    public double PresenceUpdatesPerSecond { get; set; } = 15;
}
