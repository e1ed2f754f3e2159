namespace BoardRoom.Core.Minutes.Suggestions;

/// <summary>Where a suggested change to the minutes stands.</summary>
public enum SuggestionStatus
{
    /// <summary>Proposed, waiting for the secretariat or a co-chair.</summary>
    Open,

    /// <summary>Accepted: the change is an ordinary edit in the op log, by its author.</summary>
    Accepted,

    /// <summary>Rejected by the secretariat or a co-chair: the text stays as it is.</summary>
    Rejected,

    /// <summary>Taken back by its author before anyone decided.</summary>
    Withdrawn,
}
