using Microsoft.AspNetCore.Authorization;
using Palermo.Access;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Knowledge;
using Palermo.Reporting;
using Palermo.Screening;
using Palermo.TravelDocuments;
using Palermo.TreatyStatus;

namespace Palermo.Web.Accounts;

/// <summary>
/// Route and page gates are the features' own permissions, asked of the request's <see cref="Actor"/>: one policy per
/// permission, named «{Permission type}.{value}». No gate states a role list of its own.
/// </summary>
public static class AuthorizationPolicies
{
    public static string Name<TPermission>(TPermission permission) where TPermission : struct, Enum =>
        typeof(TPermission).Name + "." + permission;

    public static void Add(AuthorizationOptions options)
    {
        AddAll<ReportingPermission>(options, ReportingAccess.Can);
        AddAll<KnowledgePermission>(options, KnowledgeAccess.Can);
        AddAll<ScreeningPermission>(options, ScreeningAccess.Can);
        AddAll<AccountsPermission>(options, AccountsAccess.Can);
        AddAll<AuditPermission>(options, AuditAccess.Can);
        AddAll<TreatyStatusPermission>(options, TreatyStatusAccess.Can);
        AddAll<TravelDocumentsPermission>(options, TravelDocumentsAccess.Can);
    }

    private static void AddAll<TPermission>(AuthorizationOptions options, Func<Actor, TPermission, bool> can) where TPermission : struct, Enum
    {
        foreach (var permission in Enum.GetValues<TPermission>())
            options.AddPolicy(Name(permission), policy => policy.RequireAuthenticatedUser().RequireAssertion(context => can(ActorOf(context), permission)));
    }

    private static Actor ActorOf(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http ? http.Actor() : context.User.ToActor();

    /// <summary>Only actors with <paramref name="permission"/> reach the endpoint (others: 401 when signed out, 403 otherwise).</summary>
    public static TBuilder RequirePermission<TBuilder, TPermission>(this TBuilder builder, TPermission permission)
        where TBuilder : IEndpointConventionBuilder where TPermission : struct, Enum =>
        builder.RequireAuthorization(Name(permission));
}
