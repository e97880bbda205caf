using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using OpenTelemetry.Metrics;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Data;
using Palermo.Hosting;
using Palermo.Search.Knowledge;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Audit;
using Palermo.Web.Reporting;
using Palermo.Web.Screening;
using Palermo.Web.TravelDocuments;
using Palermo.Web.TreatyStatus;
using Palermo.Web.Knowledge;
using Palermo.Web.Localization;
using Scalar.AspNetCore;

namespace Palermo.Web.Hosting;

/// <summary>Composition of the web host. Each capability adds its services and endpoints here as one more room.</summary>
public static class PalermoWebHosting
{
    private const string SmartScheme = "Palermo";

    public static void AddPalermoWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!builder.Environment.IsDevelopment()) builder.Logging.AddJsonConsole();

        services.AddHttpContextAccessor();
        services.AddScoped<IDataScope, HttpDataScope>();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddPalermoCore(builder.Configuration, builder.Environment.IsDevelopment());
        services.AddPalermoSearch();

        services.AddIdentityCore<PalermoUser>(PalermoCoreServices.ConfigureIdentity)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PalermoClaimsFactory>()
            .AddApiEndpoints();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SmartScheme;
                options.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, SmartScheme, options => options.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(ApiAwareCookies.Configure);
        services.AddAuthorization(AuthorizationPolicies.Add);

        services.AddRazorPages(options =>
        {
            // Each feature gates its own pages with its own permissions.
            options.Conventions.AddAccountsPages();
            options.Conventions.AddAuditPages();
            options.Conventions.AddTreatyStatusPages();
            options.Conventions.AddReportingPages();
            options.Conventions.AddKnowledgePages();
            options.Conventions.AddScreeningPages();
            options.Conventions.AddTravelDocumentsPages();
        }).AddViewLocalization().AddDataAnnotationsLocalization(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalizedModelBinding>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = LocalizedStatusProblems.Customize);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new Knowledge.CaseVictimJson()));
        // Unbindable input reaches MalformedRequestProblems in every environment (by default only Development throws).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<MalformedRequestProblems>();
        services.AddScoped<Problems>();
        services.AddScoped<Reporting.SubmissionContext>();
        // Arabic, Chinese and Cyrillic text is written as text, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddMemoryCache();
        services.AddSingleton<Countries.CountryDirectory>();
        services.AddScoped<KnowledgeFacetLabels>();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Palermo API";
            document.Info.Description = "Implementation of the Trafficking in Persons and Smuggling of Migrants Protocols.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks()
            .AddCheck<Health.DatabaseHealthCheck>("database")
            .AddCheck<Health.SearchIndexHealthCheck>("index");
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter("Palermo")
            .AddPrometheusExporter());
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    }

    public static async Task InitializePalermoAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        // After a crash or a restore the index may lag the database: bring it back in line before serving.
        await scope.ServiceProvider.GetRequiredService<KnowledgeIndexer>().EnsureInSyncAsync();
        // A broken screening catalogue must stop the start, not an interview.
        _ = app.Services.GetRequiredService<Palermo.Screening.LabourScreeningCatalogue>();
        _ = await scope.ServiceProvider.GetRequiredService<Palermo.Screening.LabourCatalogueStore>().CurrentAsync();
    }

    public static void UsePalermoPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // First, so that error pages and problems written on the way out are in the request's language too.
        app.UseRequestLocalization(PalermoLocalization.Options());
        // Programs get problem details; people get a page in their language.
        app.UseWhen(http => ApiAwareCookies.IsApi(http.Request), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(http => !ApiAwareCookies.IsApi(http.Request), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        });
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<UnsupportedCharsetProblems>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<TwoFactorEnrolment>();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference", options => options
            .WithTitle("Palermo API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = Health.HealthResponse.WriteAsync });
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapCultureSwitch();
        app.MapKnowledgeFeed();
        app.MapPalermoApi();
        app.MapRazorPages();
    }
}
