namespace BoardRoom.Core.Boards;

public static class NationNames
{
    public static string Display(this Nation nation) => nation switch
    {
        Nation.NorthernIreland => "Northern Ireland",
        _ => nation.ToString(),
    };
}
