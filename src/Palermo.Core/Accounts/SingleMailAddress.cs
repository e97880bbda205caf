using System.Net.Mail;
using MimeKit;

namespace Palermo.Accounts;

/// <summary>
/// An address a person types in for one person: exactly one bare mailbox. <see cref="MailAddress.TryCreate(string, out MailAddress)"/>
/// alone accepts <c>a@x.org, b@evil.example</c> (its first address) and display names, which MimeKit then reads as a
/// list and refuses when the mail is written — after the row was stored. Both parsers must agree it is the whole text.
/// </summary>
public static class SingleMailAddress
{
    public static bool IsValid(string text) =>
        text.Length is > 0 and <= 254
        && !text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>' or '"')
        && MailAddress.TryCreate(text, out var parsed) && parsed.DisplayName.Length == 0
        && string.Equals(parsed.Address, text, StringComparison.Ordinal)
        && MailboxAddress.TryParse(text, out var mailbox) && string.Equals(mailbox.Address, text, StringComparison.Ordinal);
}
