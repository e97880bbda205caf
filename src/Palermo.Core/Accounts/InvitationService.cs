using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MimeKit;
using Palermo.Access;
using Palermo.Data;
using Palermo.Mail;

namespace Palermo.Accounts;

public sealed record InvitationRequest(string Email, string Role, string? CountryIso3, string? Agency, string Language);

/// <summary>
/// The secretariat invites focal points (and any role); a focal point invites contributors of their own country.
/// The token travels only in the mail and in the link's fragment, never in a URL the server sees or logs.
/// </summary>
public sealed class InvitationService(PalermoDbContext db, UserManager<PalermoUser> users, AccountAdministration accounts,
    IMailSender mail, MailOptions mailOptions, IStringLocalizerFactory localizers)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public async Task<Outcome<Invitation>> InviteAsync(Actor inviter, InvitationRequest request, CancellationToken cancellationToken = default)
    {
        var email = request.Email.Trim();
        var country = string.IsNullOrWhiteSpace(request.CountryIso3) ? null : request.CountryIso3.Trim().ToUpperInvariant();
        var problems = new List<FieldError>();
        if (!SingleMailAddress.IsValid(email)) problems.Add(new("email", "invalid-email", email));
        if (!inviter.MayInvite(request.Role)) problems.Add(new("role", "may-not-invite-role", request.Role));
        if (!inviter.MayInviteInto(country)) problems.Add(new("country", "other-country", country));
        if (!PalermoLanguages.IsSupported(request.Language)) problems.Add(new("language", "unknown-language", request.Language));
        problems.AddRange(await accounts.ValidatePlacementAsync(request.Role, country, request.Agency));
        if (problems.Count == 0 && await users.FindByEmailAsync(email) is not null) problems.Add(new("email", "email-taken", email));
        if (problems.Count > 0) return Problem.Invalid([.. problems]);

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation
        {
            Email = email,
            Role = request.Role,
            CountryIso3 = country,
            Agency = string.IsNullOrWhiteSpace(request.Agency) ? null : request.Agency.Trim(),
            Language = request.Language,
            TokenHash = HashToken(token),
            InvitedByUserId = inviter.UserId ?? "",
            ExpiresAt = DateTimeOffset.UtcNow + Lifetime,
        };
        // The mail is written before anything is stored, and the row is taken back if it cannot be sent: an invitation
        // nobody received must not wait in the list (nor block the address as already invited).
        var message = ComposeMail(invitation, token);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch
        {
            db.Invitations.Remove(invitation);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        return invitation;
    }

    public async Task<Outcome<PalermoUser>> AcceptAsync(string token, string displayName, string password, CancellationToken cancellationToken = default)
    {
        var hash = HashToken(token.Trim());
        // The invitee is not signed in yet, so the lookup is by token hash across all countries.
        var invitation = await db.Invitations.IgnoreQueryFilters()
            .FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null || invitation.AcceptedAt is not null || invitation.ExpiresAt < DateTimeOffset.UtcNow)
            return Problem.Invalid(new FieldError("token", "invalid-invitation"));

        var created = await accounts.CreateAsync(new NewAccount(invitation.Email, invitation.Role, invitation.CountryIso3,
            invitation.Agency, displayName, password, invitation.Language));
        if (!created.Succeeded) return created;
        invitation.AcceptedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private MimeMessage ComposeMail(Invitation invitation, string token)
    {
        var culture = PalermoLanguages.Culture(invitation.Language);
        var previous = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var text = localizers.Create(typeof(SharedResource));
            var link = $"{mailOptions.PublicBaseUrl.TrimEnd('/')}/account/accept-invitation?culture={invitation.Language}#{token}";
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(mailOptions.From));
            message.To.Add(MailboxAddress.Parse(invitation.Email));
            message.Subject = text["Mail.Invitation.Subject"];
            message.Body = new TextPart("plain")
            {
                Text = string.Format(culture, text["Mail.Invitation.Body"], text["Role." + invitation.Role], link, token,
                    invitation.ExpiresAt.UtcDateTime.ToString("D", culture)),
            };
            return message;
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = previous;
        }
    }
}
