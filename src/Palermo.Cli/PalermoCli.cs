using Palermo.Cli.Accounts;
using Palermo.Cli.Audit;
using Palermo.Cli.Database;
using Palermo.Cli.Knowledge;
using Palermo.Cli.TravelDocuments;
using Palermo.Cli.TreatyStatus;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Palermo.Cli;

/// <summary>The <c>palermo</c> command tree. Exit codes: see <see cref="ExitCodes"/>.</summary>
public static class PalermoCli
{
    public static Task<int> RunAsync(IEnumerable<string> args, CliEnvironment environment, CancellationToken cancellationToken = default) =>
        Create(environment).RunAsync(args, cancellationToken);

    public static CommandApp Create(CliEnvironment environment)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("palermo");
            config.ConfigureConsole(environment.Console);
            config.Settings.Registrar.RegisterInstance(environment);
            config.SetExceptionHandler((exception, _) => Failed(environment, exception));

            config.AddBranch("database", database =>
            {
                database.SetDescription("The database Palermo keeps its data in.");
                database.AddCommand<MigrateCommand>("migrate")
                    .WithDescription("Applies migrations, loads reference data and roles (and demo accounts when Palermo:Demo:Enabled).");
            });
            config.AddBranch("users", users =>
            {
                users.SetDescription("Accounts: create, invite, change role, reset two-factor, list.");
                users.AddCommand<CreateUserCommand>("create")
                    .WithDescription("Creates an account. The password comes from --password-stdin or a hidden prompt, never an argument. Exit 1 when refused.")
                    .WithExample("users", "create", "--email", "admin@example.org", "--role", "SecretariatAdmin", "--password-stdin");
                users.AddCommand<InviteUserCommand>("invite")
                    .WithDescription("Mails an invitation from the secretariat; the invitee chooses their own password. Exit 1 when refused.");
                users.AddCommand<SetRoleCommand>("set-role").WithDescription("Replaces an account's role. Exit 1 when refused.");
                users.AddCommand<ResetTwoFactorCommand>("reset-two-factor")
                    .WithDescription("Turns two-factor sign-in off and renews the key; the user enrols again at next sign-in.");
                users.AddCommand<ListUsersCommand>("list").WithDescription("Lists accounts as a table.");
            });
            config.AddBranch("treaty-status", treaty =>
            {
                treaty.SetDescription("Signature and ratification status of the protocols.");
                treaty.AddCommand<ImportTreatyStatusCommand>("import")
                    .WithDescription("Replaces a protocol's status with a UN Treaty Collection table. Prints 'line N: code value' per problem "
                        + "and exits 1 without changing anything when the file is invalid; exit 0 and the row count when applied.")
                    .WithExample("treaty-status", "import", "--protocol", "TIP", "--as-of", "2026-01-31", "untc-tip.tsv");
            });
            config.AddBranch("audit", audit =>
            {
                audit.SetDescription("The tamper-evident audit trail.");
                audit.AddCommand<VerifyAuditCommand>("verify")
                    .WithDescription("Recomputes the hash chain. Exit 0: intact. Exit 2: broken (prints the first broken entry). Exit 1: could not check.");
            });
            config.AddBranch("search", search =>
            {
                search.SetDescription("The knowledge repository's search index.");
                search.AddCommand<ReindexCommand>("reindex")
                    .WithDescription("Rebuilds the index (Lucene on disk, or PostgreSQL full-text) from the database, with progress.");
            });
            config.AddCommand<MrzCommand>("mrz")
                .WithDescription("Decodes an ICAO 9303 machine-readable zone from the arguments or standard input and prints JSON. "
                    + "Exit 0: it is an MRZ (see \"valid\" for whether it passes its checks). Exit 3: not an MRZ (JSON problem on stderr).")
                .WithExample("mrz", "\"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\"", "\"L898902C36UTO7408122F1204159ZE184226B<<<<<10\"");
        });
        return app;
    }

    /// <summary>Unexpected failures and argument errors: a one-line message, exit 1. Arguments are not echoed (an MRZ is personal data).</summary>
    private static int Failed(CliEnvironment environment, Exception exception)
    {
        environment.Console.MarkupLineInterpolated($"[red]Error:[/] {exception.Message}");
        return ExitCodes.Error;
    }
}
