namespace Palermo.TreatyStatus;

/// <summary>
/// Which state of the UN Treaty Collection the stored status reflects. Shown wherever status is shown,
/// because status data ages and users must know how current it is.
/// </summary>
public class TreatyStatusEdition
{
    public int Id { get; set; }
    public Protocol Protocol { get; set; }
    public DateOnly AsOf { get; set; }
    public string Source { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; } = DateTimeOffset.UtcNow;
    public string? ImportedByUserId { get; set; }
}
