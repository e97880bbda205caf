using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Accounts;

/// <summary>The accounts feature's services: invitations and account administration.</summary>
public static class AccountsServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<InvitationService>();
        services.AddScoped<AccountAdministration>();
        return services;
    }
}
