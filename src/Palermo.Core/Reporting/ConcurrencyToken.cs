namespace Palermo.Reporting;

/// <summary>
/// The version a client last read, as it arrived: absent (a first save), a version number, or something that is not one.
/// A malformed token is refused only after the caller was found allowed, so it tells an outsider nothing.
/// </summary>
public readonly record struct ConcurrencyToken(int? Version, bool Malformed = false)
{
    public static readonly ConcurrencyToken None = new(null);

    public static readonly ConcurrencyToken Invalid = new(null, Malformed: true);
}
