using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Screening;
using Palermo.Web.Accounts;
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
/// administrator for any country and by a focal point for their own; another country's is a 403 (the service decides).
/// </summary>
public static class ReferralContactsApi
{
    public static void MapReferralContactsApi(this RouteGroupBuilder screening)
    {
        var contacts = screening.MapGroup("/referral-contacts");
        contacts.MapGet("/", ListAsync).AllowAnonymous()
            .WithName("ListReferralContacts").WithSummary("Where to refer a person, per country (all countries when none is given)");
        contacts.MapGet("/{id:guid}", GetAsync).AllowAnonymous()
            .WithName("GetReferralContact").WithSummary("One referral contact");

        var edit = contacts.MapGroup("/").RequirePermission(ScreeningPermission.EditReferralContacts);
        edit.MapPost("/", CreateAsync).WithName("CreateReferralContact").WithSummary("Add a referral contact to a country the caller edits");
        edit.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateReferralContact").WithSummary("Replace a referral contact; both its country and the new one must be the caller's");
        edit.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteReferralContact").WithSummary("Remove a referral contact");
    }

    public static async Task<Ok<List<ReferralContactView>>> ListAsync(string? country, ReferralContactService service, CancellationToken cancellationToken) =>
        TypedResults.Ok((await service.ListAsync(country, cancellationToken)).Select(ReferralContactView.From).ToList());

    public static async Task<Results<Ok<ReferralContactView>, ProblemHttpResult>> GetAsync(
        Guid id, ReferralContactService service, Problems problems, CancellationToken cancellationToken) =>
        await service.FindAsync(id, cancellationToken) is { } contact ? TypedResults.Ok(ReferralContactView.From(contact)) : problems.NotFound();

    public static async Task<Results<Created<ReferralContactView>, ProblemHttpResult>> CreateAsync(
        ReferralContactInput input, HttpContext http, ReferralContactService service, Problems problems, CancellationToken cancellationToken)
    {
        var outcome = await service.CreateAsync(http.Actor(), input, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/screening/referral-contacts/{outcome.Value.Id}", ReferralContactView.From(outcome.Value))
            : problems.From(outcome.Problem);
    }

    public static async Task<Results<Ok<ReferralContactView>, ProblemHttpResult>> UpdateAsync(
        Guid id, ReferralContactInput input, HttpContext http, ReferralContactService service, Problems problems, CancellationToken cancellationToken)
    {
        var outcome = await service.UpdateAsync(http.Actor(), id, input, cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(ReferralContactView.From(outcome.Value)) : problems.From(outcome.Problem);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, HttpContext http, ReferralContactService service, Problems problems, CancellationToken cancellationToken)
    {
        var outcome = await service.DeleteAsync(http.Actor(), id, cancellationToken);
        return outcome.Succeeded ? TypedResults.NoContent() : problems.From(outcome.Problem);
    }
}
