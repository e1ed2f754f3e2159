namespace BoardRoom.Tests.Support;

/// <summary>
/// Where browser tests leave screenshots of what a person saw: the folder in BOARDROOM_SCREENSHOTS when set (to look
/// at them, or refresh docs/screenshots), otherwise a temporary folder, so a test run never changes the repository.
/// </summary>
public static class Screens
{
    public static string PathFor(string fileName)
    {
        var folder = Environment.GetEnvironmentVariable("BOARDROOM_SCREENSHOTS") is { Length: > 0 } set
            ? set
            : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "boardroom-screens");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, fileName);
    }
}
