using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Palermo.Tests.Mail;

/// <summary>
/// A minimal SMTP server on loopback that accepts one message and keeps what it received — enough of RFC 5321
/// (greeting, EHLO, MAIL, RCPT, DATA, QUIT) for MailKit to deliver to it over a real socket.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;

    public SmtpSink()
    {
        _listener.Start();
        _serving = ServeOneAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<string> Recipients { get; } = [];

    public StringBuilder Data { get; } = new();

    public Task Delivered => _serving;

    private async Task ServeOneAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink.test ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 sink.test");
                    break;
                case "RCPT":
                    Recipients.Add(line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)]);
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".") Data.AppendLine(dataLine);
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try { await _serving.WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception e) when (e is SocketException or ObjectDisposedException or TimeoutException or IOException) { }
    }
}
