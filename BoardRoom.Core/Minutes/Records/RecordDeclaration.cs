namespace BoardRoom.Core.Minutes.Records;

/// <summary>A declaration of interest on one item; it belongs to the item, so it leaves the public minutes with a reserved item.</summary>
public sealed record RecordDeclaration(string Name, string Interest, bool Withdrew);
