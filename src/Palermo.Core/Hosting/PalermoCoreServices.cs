using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Countries;
using Palermo.Data;
using Palermo.Demo;
using Palermo.Knowledge;
using Palermo.Localization;
using Palermo.Mail;
using Palermo.ReferenceData;
using Palermo.Reporting;
using Palermo.Screening;
using Palermo.TreatyStatus;

namespace Palermo.Hosting;

/// <summary>Everything every host (web, CLI, tests) needs: database, identity rules, mail, feature services.</summary>
public static class PalermoCoreServices
{
    public static IServiceCollection AddPalermoCore(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        var palermo = configuration.GetSection("Palermo").Get<PalermoOptions>() ?? new PalermoOptions();
        if (configuration.GetSection("Palermo:Demo:Enabled").Value is null) palermo.Demo.Enabled = isDevelopment;
        var dataDirectory = Path.GetFullPath(palermo.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        services.AddSingleton(palermo);
        services.AddSingleton(new DataDirectory(dataDirectory));

        var database = configuration.GetSection("Palermo:Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = string.Equals(database.Provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase)
            ? configuration.GetConnectionString("Palermo")
              ?? throw new InvalidOperationException("Palermo:Database:Provider is 'postgres' but ConnectionStrings:Palermo is not set.")
            : configuration.GetConnectionString("Palermo") ?? PalermoDatabase.SqliteConnectionString(dataDirectory);
        services.AddSingleton(database);
        services.AddSingleton(new DatabaseConnection(database.Provider, connectionString));
        services.AddDbContext<PalermoDbContext>(options => PalermoDatabase.Configure(options, database.Provider, connectionString));
        services.TryAddScoped<IDataScope>(_ => SystemDataScope.Instance);
        services.TryAddScoped<IAuditActor>(_ => new SystemAuditActor());

        // Keys that protect cookies, bearer tokens and identity tokens survive restarts in the data folder.
        services.AddDataProtection()
            .SetApplicationName("Palermo")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

        services.AddIdentityCore<PalermoUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PalermoDbContext>()
            .AddDefaultTokenProviders();

        var mail = configuration.GetSection("Palermo:Mail").Get<MailOptions>() ?? new MailOptions { Mode = isDevelopment ? "pickup" : "smtp" };
        if (configuration.GetSection("Palermo:Mail:Mode").Value is null) mail.Mode = isDevelopment ? "pickup" : "smtp";
        services.AddSingleton(mail);
        services.AddSingleton<IMailSender>(string.Equals(mail.Mode, "pickup", StringComparison.OrdinalIgnoreCase)
            ? new PickupFolderMailSender(mail.PickupDirectory ?? Path.Combine(dataDirectory, "mail-pickup"))
            : new SmtpMailSender(mail));

        services.AddFeatureStrings();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DatabaseProbe>();
        services.AddCountries();
        services.AddAccounts();
        services.AddAudit();
        services.AddTreatyStatus();
        services.AddReporting();
        services.AddKnowledge();
        services.AddScreening();
        services.AddDemo();
        return services;
    }

    /// <summary>Password policy and lockout: the accounts guard data about victims and criminal cases.</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 5;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}

/// <summary>The resolved absolute data directory.</summary>
public sealed record DataDirectory(string Path);

/// <summary>The engine and connection string in use; the PostgreSQL search backend opens its own connections with it.</summary>
public sealed record DatabaseConnection(string Provider, string ConnectionString)
{
    public bool IsPostgres => string.Equals(Provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase);
}
