using System.Security.Claims;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Data;

namespace Palermo.Web.Accounts;

/// <summary>The request's user decides what the DbContext lets through: the secretariat all, others their country.</summary>
public sealed class HttpDataScope(IHttpContextAccessor http) : IDataScope
{
    private ClaimsPrincipal? User => http.HttpContext?.User;

    public bool SeesAllCountries => User is { } user && PalermoRoles.Secretariat.Any(user.IsInRole);

    public string? CountryIso3 => User?.FindFirstValue(PalermoClaims.Country);
}

/// <summary>Who and from where, for the audit trail. The address is the connection's, after forwarded-header processing.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => http.HttpContext?.User.Identity?.Name;
    public string? IpAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
