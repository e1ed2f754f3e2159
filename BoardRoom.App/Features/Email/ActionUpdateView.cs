using BoardRoom.Core.Actions;

namespace BoardRoom.App.Features.Email;

/// <summary>What an action owner sees behind a reminder link: the one action, and its latest updates.</summary>
public sealed record ActionUpdateView(
    string Reference, string Description, string BoardName, string OwnerName, DateOnly DueOn, ActionStatus Status, IReadOnlyList<string> Recent);
