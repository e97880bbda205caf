using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Palermo.Web.Accounts;

/// <summary>A record that belongs to one country, as seen by resource-based authorization.</summary>
public sealed record CountryResource(string? CountryIso3, bool IsPublic = false);

/// <summary>
/// Resource-based check for single records: the secretariat may act on any country's record, others only
/// on their own (or read public ones). Used for every id lookup, on top of the DbContext's query filters.
/// </summary>
public sealed class CountryAccessHandler : AuthorizationHandler<OperationAuthorizationRequirement, CountryResource>
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Change = new() { Name = nameof(Change) };

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CountryResource resource)
    {
        var user = context.User;
        var sameCountry = resource.CountryIso3 is not null && string.Equals(user.Country(), resource.CountryIso3, StringComparison.Ordinal);
        var allowed = user.IsSecretariat() || sameCountry || (requirement == Read && resource.IsPublic);
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
