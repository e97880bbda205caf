using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Audit;
using Palermo.Data;

namespace Palermo.Tests.Data;

/// <summary>Opens the test database through the real DbContext, seen with a chosen country scope.</summary>
internal static class ContextFactory
{
    public static PalermoDbContext As(IServiceProvider services, IDataScope scope, IAuditActor? actor = null) =>
        new(services.GetRequiredService<DbContextOptions<PalermoDbContext>>(), scope, actor ?? new SystemAuditActor("test"));

    public sealed record Scope(bool SeesAllCountries, string? CountryIso3) : IDataScope;
}
