namespace Palermo.Data;

/// <summary>Whose eyes a unit of work runs with: the secretariat (all countries) or one country.</summary>
public interface IDataScope
{
    bool SeesAllCountries { get; }

    /// <summary>The caller's country; null together with SeesAllCountries=false means "sees only public data".</summary>
    string? CountryIso3 { get; }
}

/// <summary>For the CLI, start-up tasks and migrations: trusted code that works on every country.</summary>
public sealed class SystemDataScope : IDataScope
{
    public static readonly SystemDataScope Instance = new();
    public bool SeesAllCountries => true;
    public string? CountryIso3 => null;
}
