namespace BoardRoom.Core.Minutes.Records;

/// <summary>Where a meeting's minutes are on their way to the forum.</summary>
public enum MinutesStage
{
    /// <summary>Members edit the minutes together.</summary>
    Draft,

    /// <summary>Circulated to members, who may comment; still editable.</summary>
    InReview,

    /// <summary>Approved: the sections are locked and the co-chairs sign.</summary>
    Approved,

    /// <summary>The latest version is on the forum; a correction starts a new draft.</summary>
    Published,
}
