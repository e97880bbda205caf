namespace Palermo.Browser.Tests.Infrastructure;

/// <summary>The demo accounts the browser tests sign in as.</summary>
public static class DemoUsers
{
    public const string SecretariatAdmin = "secretariat@demo.test";
    public const string FocalPointEgypt = "focal.egy@demo.test";
    public const string PractitionerItaly = "practitioner@demo.test";
}
