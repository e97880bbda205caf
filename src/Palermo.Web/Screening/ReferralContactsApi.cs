using Palermo.Web.Accounts;
using Palermo.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Screening;
using Palermo.Web.Api;

namespace Palermo.Web.Screening;

/// <summary>A referral contact as the API shows it; texts in the six languages (empty where not given).</summary>
public sealed record ReferralContactView(
    Guid Id, string Country, string Kind, IReadOnlyDictionary<string, string> Name, IReadOnlyDictionary<string, string> Description,
    string? Phone, string? Url, string? Email, bool Demo)
{
    public static ReferralContactView From(ReferralContact c) =>
        new(c.Id, c.CountryIso3, c.Kind, c.Names.ToDictionary(), c.Descriptions.ToDictionary(), c.Phone, c.Url, c.Email, c.IsDemo);
}

/// <summary>
/// Referral contacts per country: read by everyone (the guide shows them), written by the secretariat
/// administrator for any country and by a focal point for their own; another country's is a 403.
/// </summary>
public static class ReferralContactsApi
{
    public static void MapReferralContactsApi(this RouteGroupBuilder screening)
    {
        var contacts = screening.MapGroup("/referral-contacts");

        contacts.MapGet("/", async (string? country, ReferralContactService service, CancellationToken cancellationToken) =>
            TypedResults.Ok((await service.ListAsync(country, cancellationToken)).Select(ReferralContactView.From).ToList())).AllowAnonymous();

        contacts.MapGet("/{id:guid}", async Task<Results<Ok<ReferralContactView>, ProblemHttpResult>> (
                Guid id, ReferralContactService service, Problems problems, CancellationToken cancellationToken) =>
                await service.FindAsync(id, cancellationToken) is { } contact ? TypedResults.Ok(ReferralContactView.From(contact)) : problems.NotFound())
            .AllowAnonymous();

        contacts.MapPost("/", async Task<Results<Created<ReferralContactView>, ProblemHttpResult>> (
                ReferralContactInput input, HttpContext http, ReferralContactService service, Problems problems, CancellationToken cancellationToken) =>
            {
                if (!http.Actor().Can(ScreeningPermission.EditReferralContacts, ReferralContactService.CountryOf(input)))
                    return problems.Create(StatusCodes.Status403Forbidden, "forbidden");
                var invalid = await service.ValidateAsync(input, cancellationToken);
                if (invalid.Count > 0) return problems.Invalid(invalid);
                var contact = await service.CreateAsync(input, cancellationToken);
                return TypedResults.Created($"/api/v1/screening/referral-contacts/{contact.Id}", ReferralContactView.From(contact));
            })
            .RequirePermission(ScreeningPermission.EditReferralContacts);

        contacts.MapPut("/{id:guid}", async Task<Results<Ok<ReferralContactView>, ProblemHttpResult>> (
                Guid id, ReferralContactInput input, HttpContext http, ReferralContactService service, Problems problems, CancellationToken cancellationToken) =>
            {
                if (await service.FindAsync(id, cancellationToken) is not { } contact) return problems.NotFound();
                // Both the country it belongs to and the one it would move to must be the editor's.
                if (!http.Actor().Can(ScreeningPermission.EditReferralContacts, contact.CountryIso3) || !http.Actor().Can(ScreeningPermission.EditReferralContacts, ReferralContactService.CountryOf(input) ?? contact.CountryIso3))
                    return problems.Create(StatusCodes.Status403Forbidden, "forbidden");
                var invalid = await service.ValidateAsync(input, cancellationToken);
                if (invalid.Count > 0) return problems.Invalid(invalid);
                await service.UpdateAsync(contact, input, cancellationToken);
                return TypedResults.Ok(ReferralContactView.From(contact));
            })
            .RequirePermission(ScreeningPermission.EditReferralContacts);

        contacts.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, HttpContext http, ReferralContactService service, Problems problems, CancellationToken cancellationToken) =>
            {
                if (await service.FindAsync(id, cancellationToken) is not { } contact) return problems.NotFound();
                if (!http.Actor().Can(ScreeningPermission.EditReferralContacts, contact.CountryIso3)) return problems.Create(StatusCodes.Status403Forbidden, "forbidden");
                await service.DeleteAsync(contact, cancellationToken);
                return TypedResults.NoContent();
            })
            .RequirePermission(ScreeningPermission.EditReferralContacts);
    }
}
