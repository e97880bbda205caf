using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Data;
using Palermo.Reporting;
using Palermo.Screening;

namespace Palermo.Tests.Data;

/// <summary>The country filters are generated, not written by hand: every country-owned entity gets one unless it is public by nature.</summary>
public class CountryQueryFilterTests
{
    /// <summary>Every <see cref="ICountryScoped"/> entity and whether reads of it are filtered by country. A new one needs a row.</summary>
    public static TheoryData<Type, bool> CountryScopedEntities => new()
    {
        { typeof(Invitation), true },
        { typeof(LabourAssessmentRecord), true },
        { typeof(Submission), true },
        { typeof(SubmissionVersion), true },
        { typeof(ReferralContact), false },
    };

    [Theory, MemberData(nameof(CountryScopedEntities))]
    public void A_country_scoped_entity_is_filtered_unless_public_by_nature(Type entity, bool filtered)
    {
        var entityType = Model().FindEntityType(entity)!;

        Assert.Equal(filtered, entityType.GetDeclaredQueryFilters().Count > 0);
        Assert.Equal(!filtered, entity.IsDefined(typeof(PublicByNatureAttribute), inherit: true));
    }

    [Fact]
    public void Every_country_scoped_entity_in_the_model_is_in_the_table()
    {
        var inTable = CountryScopedEntities.Select(row => (Type)row.Data.Item1).ToHashSet();
        var inModel = Model().GetEntityTypes().Select(t => t.ClrType).Where(typeof(ICountryScoped).IsAssignableFrom).ToHashSet();

        Assert.Equal(inTable.OrderBy(t => t.Name, StringComparer.Ordinal), inModel.OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Only_entities_with_a_stored_publication_flag_let_public_rows_through()
    {
        var model = Model();

        Assert.Contains(nameof(Submission.IsPublic), FilterText(model, typeof(Submission)), StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(ICountryScoped.IsPublic), FilterText(model, typeof(Invitation)), StringComparison.Ordinal);
        Assert.Contains(nameof(IDataScope.SeesAllCountries), FilterText(model, typeof(Invitation)), StringComparison.Ordinal);
    }

    private static string FilterText(IModel model, Type entity) =>
        model.FindEntityType(entity)!.GetDeclaredQueryFilters().Single().Expression!.ToString();

    private static IModel Model()
    {
        var options = new DbContextOptionsBuilder<PalermoDbContext>();
        PalermoDatabase.Configure(options, DatabaseOptions.Sqlite, "Data Source=:memory:");
        using var db = new PalermoDbContext(options.Options, SystemDataScope.Instance, new SystemAuditActor("test"));
        return db.Model;
    }
}
