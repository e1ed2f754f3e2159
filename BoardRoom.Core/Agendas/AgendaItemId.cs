namespace BoardRoom.Core.Agendas;

public readonly record struct AgendaItemId(Guid Value)
{
    public static AgendaItemId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out AgendaItemId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new AgendaItemId(value);
        return ok;
    }

    public override string ToString() => Value.ToString();
}
