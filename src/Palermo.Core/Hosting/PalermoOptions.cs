namespace Palermo.Hosting;

/// <summary>Configuration section <c>Palermo</c>.</summary>
public sealed class PalermoOptions
{
    /// <summary>Embedded database, search index and mail pickup live here. Default <c>.palermo-data</c> in the working directory.</summary>
    public string DataDirectory { get; set; } = ".palermo-data";

    public DemoOptions Demo { get; set; } = new();

    /// <summary>Two-factor sign-in is required for secretariat and competent-authority roles unless this is false (Development).</summary>
    public bool RequireTwoFactorForPrivilegedRoles { get; set; } = true;

    public sealed class DemoOptions
    {
        public bool Enabled { get; set; }
        public string Password { get; set; } = "Palermo-Demo-2026!";
    }
}
