using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Palermo.Accounts;

namespace Palermo.Web.Accounts;

/// <summary>Who opens the account pages.</summary>
public static class AccountsPages
{
    public static void AddAccountsPages(this PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Admin");
        pages.AuthorizePage("/Account/TwoFactor");
        pages.RequirePermission("/Admin/Invitations/", AccountsPermission.Invite);
        pages.RequirePermission("/Admin/Users/", AccountsPermission.ListUsers);
    }
}
