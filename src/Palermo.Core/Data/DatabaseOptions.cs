namespace Palermo.Data;

/// <summary>Configuration section <c>Palermo:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (embedded default) or <c>postgres</c> (server mode, with <c>ConnectionStrings:Palermo</c>).</summary>
    public string Provider { get; set; } = Sqlite;
}
