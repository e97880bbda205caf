using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Accounts;

/// <summary>The accounts feature's services: invitations, account administration and the user directory.</summary>
public static class AccountsServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<InvitationService>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<UserDirectory>();
        return services;
    }
}
