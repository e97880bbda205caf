using MimeKit;

namespace Palermo.Mail;

/// <summary>Development mail: each message becomes an .eml file in the pickup folder, readable by any mail client.</summary>
public sealed class PickupFolderMailSender(string directory) : IMailSender
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
    }
}
