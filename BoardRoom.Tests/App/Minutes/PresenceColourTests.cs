using System.Globalization;
using BoardRoom.App.Features.Minutes;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>Member colours carry white initials (presence chips) and sit as text on white (carets' name labels).</summary>
public sealed class PresenceColourTests
{
    [Fact]
    public void EveryMemberColour_KeepsWcagAaContrastWithWhite()
    {
        Assert.All(PresenceRegistry.Palette, colour => Assert.True(ContrastWithWhite(colour) >= 4.5,
            $"{colour} has {ContrastWithWhite(colour):F2}:1 against white"));
    }

    [Fact]
    public void ColoursAreDistinct_AndStablePerPerson()
    {
        Assert.Equal(PresenceRegistry.Palette.Count, PresenceRegistry.Palette.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var person = Guid.NewGuid().ToString();
        Assert.Equal(PresenceRegistry.ColourFor(person), PresenceRegistry.ColourFor(person));
        Assert.Contains(PresenceRegistry.ColourFor(person), PresenceRegistry.Palette);
    }

    // WCAG 2.x relative luminance and contrast ratio.
    private static double ContrastWithWhite(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var luminance = (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        return 1.05 / (luminance + 0.05);
    }
}
