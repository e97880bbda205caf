namespace Palermo.Web.Accounts;

/// <summary>Claims Palermo adds to a signed-in principal, read by scoping and the layout.</summary>
public static class PalermoClaims
{
    public const string Country = "palermo:country";
    public const string Agency = "palermo:agency";
    public const string Language = "palermo:language";
    public const string DisplayName = "palermo:name";
    public const string TwoFactorEnabled = "palermo:2fa";
}
