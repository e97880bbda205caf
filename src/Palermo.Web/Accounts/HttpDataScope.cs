using System.Security.Claims;
using Palermo.Access;
using Palermo.Audit;
using Palermo.Data;

namespace Palermo.Web.Accounts;

/// <summary>The request's actor decides what the DbContext lets through: the secretariat all, others their country.</summary>
public sealed class HttpDataScope(IHttpContextAccessor http) : IDataScope
{
    private IDataScope Actor => http.HttpContext?.Actor() ?? Palermo.Access.Actor.Anonymous;

    public bool SeesAllCountries => Actor.SeesAllCountries;

    public string? CountryIso3 => Actor.CountryIso3;
}

/// <summary>Who and from where, for the audit trail. The address is the connection's, after forwarded-header processing.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => http.HttpContext?.User.Identity?.Name;
    public string? IpAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
