namespace Palermo;

/// <summary>
/// A record that belongs to one country. The <see cref="Data.PalermoDbContext"/> filters every query on these
/// so that nobody outside the secretariat sees another country's non-public records — the one place where
/// country scoping is enforced for reads.
/// </summary>
public interface ICountryScoped
{
    string? CountryIso3 { get; }

    /// <summary>True when the country agreed to publication; public records are visible to everyone.</summary>
    bool IsPublic { get; }
}
