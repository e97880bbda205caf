using MimeKit;
using Palermo.Mail;

namespace Palermo.Tests.Mail;

public class SmtpMailSenderTests
{
    [Fact]
    public async Task A_message_is_delivered_over_smtp_with_its_recipient_and_text()
    {
        await using var sink = new SmtpSink();
        var sender = new SmtpMailSender(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = sink.Port, SmtpStartTls = false });
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("no-reply@palermo.test"));
        message.To.Add(MailboxAddress.Parse("focal.jor@example.org"));
        message.Subject = "دعوتك إلى باليرمو";
        message.Body = new TextPart("plain") { Text = "Invitation code: 1234" };

        await sender.SendAsync(message);
        await sink.Delivered.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["focal.jor@example.org"], sink.Recipients);
        var delivered = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(sink.Data.ToString())));
        Assert.Equal("دعوتك إلى باليرمو", delivered.Subject);
        Assert.Contains("Invitation code: 1234", delivered.TextBody, StringComparison.Ordinal);
    }
}
