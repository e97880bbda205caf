using System.ComponentModel;
using Palermo.Accounts;
using Palermo.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Palermo.Cli.Accounts;

/// <summary>Options that identify an account by e-mail.</summary>
public class AccountSettings : PalermoSettings
{
    [CommandOption("--email <EMAIL>", true)]
    [Description("The account's e-mail address (its sign-in name).")]
    public string Email { get; init; } = "";
}

/// <summary>Options that place a new account: role, country, agency, language.</summary>
public class PlacementSettings : AccountSettings
{
    [CommandOption("--role <ROLE>", true)]
    [Description("SecretariatAdmin, SecretariatAnalyst, FocalPoint, Contributor, CompetentAuthorityOfficer, Practitioner or Partner.")]
    public string Role { get; init; } = "";

    [CommandOption("--country <ISO3>")]
    [Description("ISO 3166-1 alpha-3 country; required for FocalPoint, Contributor and CompetentAuthorityOfficer.")]
    public string? Country { get; init; }

    [CommandOption("--agency <AGENCY>")]
    [Description("Police, prosecution, immigration…; required for CompetentAuthorityOfficer.")]
    public string? Agency { get; init; }

    [CommandOption("--language <LANG>")]
    [Description("ar, zh, en, fr, ru or es (default en): the language of mail and pages.")]
    [DefaultValue(PalermoLanguages.Default)]
    public string Language { get; init; } = PalermoLanguages.Default;
}

public sealed class CreateUserSettings : PlacementSettings
{
    [CommandOption("--name <NAME>")]
    [Description("Display name; defaults to the e-mail address.")]
    public string? Name { get; init; }

    [CommandOption("--password-stdin")]
    [Description("Read the password from the first line of standard input instead of prompting.")]
    public bool PasswordFromStandardInput { get; init; }
}

public sealed class SetRoleSettings : AccountSettings
{
    [CommandOption("--role <ROLE>", true)]
    [Description("The new role; replaces every role the account had.")]
    public string Role { get; init; } = "";
}

public sealed class ListUsersSettings : PalermoSettings
{
    [CommandOption("--country <ISO3>")]
    [Description("Only accounts of this country.")]
    public string? Country { get; init; }
}
