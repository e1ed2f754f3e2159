namespace BoardRoom.Core.Boards;

/// <summary>The four nations whose senior officials co-chair in rotation.</summary>
public enum Nation
{
    England,
    Scotland,
    Wales,
    NorthernIreland,
}
