namespace Palermo.Screening;

/// <summary>Who is being screened; the catalogue weighs indicators differently for children.</summary>
public enum ScreeningProfile
{
    Adult = 0,
    Child = 1,
}

public static class ScreeningProfiles
{
    public const string Adult = "adult";
    public const string Child = "child";

    /// <summary>Parses the wire form. Exact match only, so that "Adult " is reported rather than guessed.</summary>
    public static bool TryParse(string? text, out ScreeningProfile profile)
    {
        if (string.Equals(text, Adult, StringComparison.Ordinal))
        {
            profile = ScreeningProfile.Adult;
            return true;
        }
        if (string.Equals(text, Child, StringComparison.Ordinal))
        {
            profile = ScreeningProfile.Child;
            return true;
        }
        profile = default;
        return false;
    }

    public static string ToWireName(this ScreeningProfile profile) => profile switch
    {
        ScreeningProfile.Adult => Adult,
        ScreeningProfile.Child => Child,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown screening profile."),
    };
}
