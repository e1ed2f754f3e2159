namespace BoardRoom.Core.Minutes.Ot;

/// <summary>Read access to a document's characters, so one validation routine serves strings and <see cref="MinutesText"/>.</summary>
internal interface ITextView
{
    int Length { get; }

    char this[int index] { get; }
}
