using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Palermo.Data;

/// <summary>
/// Generates the country query filter of every <see cref="ICountryScoped"/> entity, so a new country-owned record
/// cannot be forgotten: the secretariat sees all, others their own country, everyone what is public.
/// </summary>
internal static class CountryQueryFilters
{
    private static readonly PropertyInfo ScopeProperty =
        typeof(PalermoDbContext).GetProperty(nameof(PalermoDbContext.Scope), BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static void Apply(ModelBuilder builder, PalermoDbContext context)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(NeedsFilter).ToList())
            builder.Entity(entityType.ClrType).HasQueryFilter(FilterFor(entityType, context));
    }

    /// <summary>Country-owned roots that are not public by nature (a derived type inherits its root's filter).</summary>
    public static bool NeedsFilter(IReadOnlyEntityType entityType) =>
        typeof(ICountryScoped).IsAssignableFrom(entityType.ClrType)
        && entityType.BaseType is null
        && !entityType.IsOwned()
        && !entityType.ClrType.IsDefined(typeof(PublicByNatureAttribute), inherit: true);

    /// <summary>
    /// e => Scope.SeesAllCountries [|| e.IsPublic] || (Scope.CountryIso3 != null && e.CountryIso3 == Scope.CountryIso3).
    /// Scope is read through the context the model was built with: EF recognizes that context in a filter and
    /// substitutes the context running each query, so one cached model serves every caller's scope.
    /// </summary>
    private static LambdaExpression FilterFor(IReadOnlyEntityType entityType, PalermoDbContext context)
    {
        var entity = Expression.Parameter(entityType.ClrType, "e");
        var scope = Expression.Property(Expression.Constant(context, typeof(PalermoDbContext)), ScopeProperty);
        var scopeCountry = Expression.Property(scope, nameof(IDataScope.CountryIso3));
        var ownCountry = Expression.AndAlso(
            Expression.NotEqual(scopeCountry, Expression.Constant(null, typeof(string))),
            Expression.Equal(Expression.Property(entity, nameof(ICountryScoped.CountryIso3)), scopeCountry));

        Expression visible = Expression.Property(scope, nameof(IDataScope.SeesAllCountries));
        // Only a stored IsPublic can be asked of the database; a constant false (invitations, screening records) adds nothing.
        if (entityType.FindProperty(nameof(ICountryScoped.IsPublic)) is not null)
            visible = Expression.OrElse(visible, Expression.Property(entity, nameof(ICountryScoped.IsPublic)));
        return Expression.Lambda(Expression.OrElse(visible, ownCountry), entity);
    }
}
