namespace BoardRoom.App.Features.Minutes;

/// <summary>The "BoardRoom:Minutes" configuration section: per-connection limits of the minutes hub.</summary>
public sealed class MinutesOptions
{
    public const string Section = "BoardRoom:Minutes";

    /// <summary>Edits a connection may send at once before the limit applies.</summary>
    public double SubmitBurst { get; set; } = 60;

    /// <summary>Edits per second a connection may sustain (a fast typist makes about 10).</summary>
    public double SubmitsPerSecond { get; set; } = 30;

    public double PresenceBurst { get; set; } = 30;

    public double PresenceUpdatesPerSecond { get; set; } = 15;

    /// <summary>Joins a connection may make at once: a minutes page joins every item of its meeting on (re)connecting.</summary>
    public double JoinBurst { get; set; } = 30;

    public double JoinsPerSecond { get; set; } = 5;

    /// <summary>A rejoin that missed more operations than this is answered with the whole text instead.</summary>
    public int CatchUpMaxOperations { get; set; } = 500;

    /// <summary>Nor may the missed operations insert more characters than this (the reply would outgrow the text).</summary>
    public int CatchUpMaxCharacters { get; set; } = 200_000;

    /// <summary>Rate-limit refusals within <see cref="RefusalWindowSeconds"/> after which the connection is closed.</summary>
    public int RefusalsBeforeDisconnect { get; set; } = 30;

    /// <summary>The window of <see cref="RefusalsBeforeDisconnect"/>, and of at most one warning logged per connection.</summary>
    public double RefusalWindowSeconds { get; set; } = 10;

    /// <summary>
    /// How often each open section's members are told the op log's head revision (<c>Head</c>), so a client whose last
    /// broadcast was lost notices without waiting for the next edit; 0 turns it off.
    /// </summary>
    public double HeadIntervalSeconds { get; set; } = 5;

    /// <summary>
    /// With Redis: how long a participant stays listed for the other nodes without its node renewing it (every third of
    /// this), so the people of a node that died disappear within about this long.
    /// </summary>
    public double PresenceLifetimeSeconds { get; set; } = 15;
}
