using MudBlazor;

namespace BoardRoom.App.Components.Shared;

public static class BoardRoomTheme
{
    private static readonly string[] SystemFonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5cad",
            Secondary = "#6b3fa0",
            Tertiary = "#0f7b6c",
            AppbarBackground = "#0b3d73",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
            DrawerText = "#1c2733",
            TextPrimary = "#1c2733",
            TextSecondary = "#5b6775",
            // MudBlazor's own warning, success and error tints fail WCAG AA as text on white (outlined chips, text
            // buttons); these keep at least 4.5:1 as text and behind white text alike.
            Warning = "#8a5300",
            Success = "#1e6b34",
            Error = "#b3261e",
            Info = "#0b5cad",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            H4 = new H4Typography { FontFamily = SystemFonts, FontWeight = "700" },
            H5 = new H5Typography { FontFamily = SystemFonts, FontWeight = "700" },
            H6 = new H6Typography { FontFamily = SystemFonts, FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
