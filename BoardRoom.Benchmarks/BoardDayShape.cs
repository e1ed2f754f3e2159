namespace BoardRoom.Benchmarks;

/// <summary>The size and pace of one board-day run, from the command line.</summary>
internal sealed record BoardDayShape(int Meetings, int WarmUp, int Seconds, int ConnectAtOnce)
{
    public const int Participants = 20;
    public const int Typists = 3;

    /// <summary>Seconds between two commands of a chair: "Next item", then an attendance button, and so on.</summary>
    public const double CommandEverySeconds = 2;

    /// <summary>Enough items for a "Next item" every other command over the whole run, and a margin.</summary>
    public int ItemsPerMeeting => (int)((WarmUp + Seconds + 20) / (2 * CommandEverySeconds)) + 5;
}
