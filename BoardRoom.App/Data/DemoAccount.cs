namespace BoardRoom.App.Data;

/// <summary>A demo login worth printing at start-up.</summary>
public sealed record DemoAccount(string Email, string FullName, string Role);
