using System.Reflection;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace Palermo.Testing;

/// <summary>
/// Runs a data test once per database engine (SQLite and PostgreSQL), the way bitwarden/server's
/// DatabaseData attribute does: the test takes a <see cref="DatabaseEngine"/> parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllDatabasesAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([.. Enum.GetValues<DatabaseEngine>().Select(engine => new TheoryDataRow(engine))]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
