namespace BoardRoom.Core.Boards;

/// <summary>What a membership allows on its board. Checked on the server for every page and hub call.</summary>
public enum BoardCapability
{
    View,
    ViewReservedBusiness,
    EditMinutes,
    Administer,
}
