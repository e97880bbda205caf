using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Palermo.Accounts;

namespace Palermo.Web.Accounts;

/// <summary>Who opens the account pages.</summary>
public static class AccountsPages
{
    public static void AddAccountsPages(this PageConventionCollection pages)
    {
        pages.AuthorizePage("/Accounts/TwoFactor");
        pages.RequirePermission("/Accounts/Invitations/", AccountsPermission.Invite);
        pages.RequirePermission("/Accounts/Users/", AccountsPermission.ListUsers);
    }
}
