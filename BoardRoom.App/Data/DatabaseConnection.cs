namespace BoardRoom.App.Data;

/// <summary>The database the app opens: its engine and <c>ConnectionStrings:BoardRoom</c>.</summary>
public sealed record DatabaseConnection(DatabaseEngine Engine, string ConnectionString);
