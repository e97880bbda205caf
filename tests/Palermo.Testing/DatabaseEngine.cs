namespace Palermo.Testing;

/// <summary>The database engines every data test runs against.</summary>
public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}
