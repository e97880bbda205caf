using Microsoft.AspNetCore.Authorization;
using Palermo.Accounts;

namespace Palermo.Web.Accounts;

/// <summary>Named policies; the role lists live in <see cref="PalermoRoles"/>.</summary>
public static class AuthorizationPolicies
{
    public const string Secretariat = nameof(Secretariat);
    public const string SecretariatAdmin = nameof(SecretariatAdmin);
    public const string Inviter = nameof(Inviter);
    public const string UserDirectory = nameof(UserDirectory);
    public const string KnowledgeAuthor = nameof(KnowledgeAuthor);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Secretariat, p => p.RequireRole(PalermoRoles.Secretariat));
        options.AddPolicy(SecretariatAdmin, p => p.RequireRole(PalermoRoles.SecretariatAdmin));
        options.AddPolicy(Inviter, p => p.RequireRole(PalermoRoles.SecretariatAdmin, PalermoRoles.FocalPoint));
        // Paragraphs (j)-(l): focal points and partners submit practices and case law; the secretariat may too.
        options.AddPolicy(KnowledgeAuthor, p => p.RequireRole(PalermoRoles.SecretariatAdmin, PalermoRoles.SecretariatAnalyst, PalermoRoles.FocalPoint, PalermoRoles.Partner));
        options.AddPolicy(UserDirectory, p => p.RequireRole(PalermoRoles.SecretariatAdmin, PalermoRoles.SecretariatAnalyst, PalermoRoles.FocalPoint));
    }
}
