using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Accounts;
using Palermo.Countries;
using Palermo.Data;

namespace Palermo.Screening;

/// <summary>A referral contact as sent by a client; texts keyed by UN language code.</summary>
public sealed record ReferralContactInput(
    string? Country,
    string? Kind,
    IReadOnlyDictionary<string, string?>? Name,
    IReadOnlyDictionary<string, string?>? Description,
    string? Phone,
    string? Url,
    string? Email);

/// <summary>
/// Referral contacts: everyone reads them (the guide shows them); each change is one use case that finds the contact,
/// asks <see cref="ScreeningPermission.EditReferralContacts"/> for its country (another country's is forbidden, not
/// hidden: contacts are public), checks the values (each problem naming the offending value) and stores nothing on a problem.
/// </summary>
public sealed partial class ReferralContactService(PalermoDbContext db, TimeProvider clock)
{
    public const int MaxText = 500;

    public async Task<IReadOnlyList<ReferralContact>> ListAsync(string? country, CancellationToken cancellationToken = default)
    {
        var query = db.ReferralContacts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(country))
        {
            var iso3 = country.Trim().ToUpperInvariant();
            query = query.Where(c => c.CountryIso3 == iso3);
        }
        var contacts = await query.ToListAsync(cancellationToken);
        return [.. contacts.OrderBy(c => c.CountryIso3, StringComparer.Ordinal).ThenBy(c => ReferralKinds.Order(c.Kind)).ThenBy(c => c.Names.En, StringComparer.Ordinal)];
    }

    public Task<ReferralContact?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.ReferralContacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The country as it will be stored (trimmed, upper case), or null when none was given.</summary>
    public static string? CountryOf(ReferralContactInput input) =>
        string.IsNullOrWhiteSpace(input.Country) ? null : input.Country.Trim().ToUpperInvariant();

    public async Task<Outcome<ReferralContact>> CreateAsync(Actor actor, ReferralContactInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(ScreeningPermission.EditReferralContacts, CountryOf(input))) return ProblemCodes.Forbidden.With();
        if (await ValidateAsync(input, cancellationToken) is { } invalid) return invalid;
        var contact = new ReferralContact();
        Apply(contact, input);
        db.ReferralContacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    /// <summary>An edited demo contact is no longer demo data.</summary>
    public async Task<Outcome<ReferralContact>> UpdateAsync(Actor actor, Guid id, ReferralContactInput input, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(id, cancellationToken) is not { } contact) return ProblemCodes.NotFound.With();
        // Both the country it belongs to and the one it would move to must be the editor's.
        if (!actor.Can(ScreeningPermission.EditReferralContacts, contact.CountryIso3)
            || !actor.Can(ScreeningPermission.EditReferralContacts, CountryOf(input) ?? contact.CountryIso3))
            return ProblemCodes.Forbidden.With();
        if (await ValidateAsync(input, cancellationToken) is { } invalid) return invalid;
        Apply(contact, input);
        contact.IsDemo = false;
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    /// <summary>Answers the contact as it was before it was removed.</summary>
    public async Task<Outcome<ReferralContact>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(id, cancellationToken) is not { } contact) return ProblemCodes.NotFound.With();
        if (!actor.Can(ScreeningPermission.EditReferralContacts, contact.CountryIso3)) return ProblemCodes.Forbidden.With();
        db.ReferralContacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    /// <summary>Every refused value at once, or null when the input may be stored.</summary>
    private async Task<Problem?> ValidateAsync(ReferralContactInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldError>();
        var country = CountryOf(input);
        if (country is null) problems.Add(new("country", "referral-country-required", ""));
        else if (!await db.Countries.AnyAsync(c => c.Iso3 == country, cancellationToken)) problems.Add(new("country", "unknown-country", input.Country));
        if (!ReferralKinds.IsKnown(input.Kind)) problems.Add(new("kind", "referral-kind-unknown", input.Kind ?? ""));
        CheckTexts(input.Name, "name", problems);
        CheckTexts(input.Description, "description", problems);
        if (!PalermoLanguages.Codes.Any(code => !string.IsNullOrWhiteSpace(input.Name?.GetValueOrDefault(code))))
            problems.Add(new("name", "referral-name-required", ""));
        if (Blank(input.Phone) is { } phone && !PhonePattern().IsMatch(phone)) problems.Add(new("phone", "referral-phone-invalid", phone));
        if (Blank(input.Url) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            problems.Add(new("url", "referral-url-invalid", url));
        if (Blank(input.Email) is { } email && !EmailPattern().IsMatch(email)) problems.Add(new("email", "referral-email-invalid", email));
        if (Blank(input.Phone) is null && Blank(input.Url) is null && Blank(input.Email) is null)
            problems.Add(new("phone", "referral-means-required", ""));
        return problems.Count > 0 ? Problem.Invalid([.. problems]) : null;
    }

    private void Apply(ReferralContact contact, ReferralContactInput input)
    {
        contact.CountryIso3 = CountryOf(input)!;
        contact.Kind = input.Kind!;
        contact.Names = Texts(input.Name);
        contact.Descriptions = Texts(input.Description);
        contact.Phone = Blank(input.Phone);
        contact.Url = Blank(input.Url);
        contact.Email = Blank(input.Email);
        contact.UpdatedAt = clock.GetUtcNow();
    }

    private static LocalizedNames Texts(IReadOnlyDictionary<string, string?>? texts) =>
        LocalizedNames.From((texts ?? new Dictionary<string, string?>()).ToDictionary(t => t.Key, t => t.Value?.Trim() ?? "", StringComparer.Ordinal));

    private static void CheckTexts(IReadOnlyDictionary<string, string?>? texts, string field, List<FieldError> problems)
    {
        foreach (var (language, value) in texts ?? new Dictionary<string, string?>())
        {
            if (!PalermoLanguages.Codes.Contains(language, StringComparer.Ordinal))
                problems.Add(new($"{field}.{language}", "catalogue-language-unknown", language));
            else if (value is { Length: > MaxText })
                problems.Add(new($"{field}.{language}", "referral-text-too-long", $"{field}.{language}"));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Digits with the usual separators, an optional leading +; short codes such as 16000 included.</summary>
    [GeneratedRegex(@"^\+?[0-9][0-9 ()./-]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
