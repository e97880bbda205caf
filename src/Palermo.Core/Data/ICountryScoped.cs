namespace Palermo;

/// <summary>
/// A record that belongs to one country. The <see cref="Data.PalermoDbContext"/> generates a query filter for every
/// entity implementing this (unless it is <see cref="PublicByNatureAttribute"/>), so that nobody outside the
/// secretariat sees another country's non-public records — the one place where country scoping is enforced for reads.
/// </summary>
public interface ICountryScoped
{
    string? CountryIso3 { get; }

    /// <summary>
    /// True when the country agreed to publication; public records are visible to everyone. Only a stored (mapped)
    /// IsPublic takes part in the query filter; a constant implementation documents the record's nature.
    /// </summary>
    bool IsPublic { get; }
}
