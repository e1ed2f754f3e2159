namespace BoardRoom.App.Features.Email;

/// <summary>A link in an email: its words and where it goes (a path in the app, made absolute when composed).</summary>
public sealed record EmailLink(string Text, string Path, string? Note = null);
