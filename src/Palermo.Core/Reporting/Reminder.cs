namespace Palermo.Reporting;

/// <summary>A reminder sent to a country that had not answered a cycle; the log behind "date of the last reminder".</summary>
public class Reminder
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public string CountryIso3 { get; set; } = "";
    public string Language { get; set; } = "";
    public int Recipients { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
