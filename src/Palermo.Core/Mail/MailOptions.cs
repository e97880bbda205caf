namespace Palermo.Mail;

/// <summary>Configuration section <c>Palermo:Mail</c>.</summary>
public sealed class MailOptions
{
    /// <summary><c>pickup</c> writes .eml files into the data folder (Development); <c>smtp</c> sends with MailKit.</summary>
    public string Mode { get; set; } = "smtp";
    public string From { get; set; } = "Palermo <no-reply@palermo.invalid>";
    public string? PickupDirectory { get; set; }
    public string SmtpHost { get; set; } = "localhost";
    public int SmtpPort { get; set; } = 587;
    public bool SmtpStartTls { get; set; } = true;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>The address people reach Palermo at, for links in mail.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
