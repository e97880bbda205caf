using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Palermo.Data;
using Palermo.Hosting;
using Palermo.Reporting;
using Palermo.ReportingBench;

// The reporting bench (bench/README.md): generate, time in-process, then time over HTTP and load the saves.
var options = BenchOptions.Parse(args);
void Log(string message) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

var dataDirectory = Path.Combine(Path.GetTempPath(), "palermo-reporting-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dataDirectory);
string? createdDatabase = null;
var engine = options.Postgres is null ? "sqlite" : "postgres";
string connectionString;
if (options.Postgres is { } admin)
{
    createdDatabase = "palermo_bench_" + Guid.NewGuid().ToString("N")[..12];
    await using (var connection = new NpgsqlConnection(admin))
    {
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{createdDatabase}\"", connection);
        await create.ExecuteNonQueryAsync();
    }
    connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = createdDatabase }.ConnectionString;
}
else
{
    connectionString = PalermoDatabase.SqliteConnectionString(dataDirectory);
}

var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
{
    ["Palermo:DataDirectory"] = dataDirectory,
    ["Palermo:Database:Provider"] = engine,
    ["ConnectionStrings:Palermo"] = connectionString,
    ["Palermo:Demo:Enabled"] = "false",
    ["Palermo:Mail:Mode"] = "pickup",
    ["Palermo:RequireTwoFactorForPrivilegedRoles"] = "false",
};

try
{
    Log($"fresh {engine} database in {dataDirectory}");
    BenchCycles bench;
    IReadOnlyList<Timing> inProcess;
    QuestionnaireDefinition definition;
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton<IConfiguration>(configuration);
    services.AddPalermoCore(configuration, isDevelopment: false);
    await using (var provider = services.BuildServiceProvider())
    {
        using (var scope = provider.CreateScope()) await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var generation = Stopwatch.StartNew();
        bench = await BenchData.GenerateAsync(provider, options.States, options.TimingsOnly ? 0 : options.Contributors, Log);
        Log($"generated in {generation.Elapsed.TotalSeconds:0.0} s");
        using (var scope = provider.CreateScope())
            definition = (await scope.ServiceProvider.GetRequiredService<CycleService>().FindAsync(bench.Drafting))!.Definition;
        inProcess = [.. await Timings.MeasureAsync(provider, bench.Analysed, options.Runs),
            .. await Timings.MeasureSaveAsync(provider, bench.Drafting, bench.Expected[0], definition, options.Runs)];
        foreach (var t in inProcess) Log($"in-process {t.Name}: median {t.Median:0.0} ms{(double.IsNaN(t.CpuMedian) ? "" : $" (CPU {t.CpuMedian:0.0} ms)")}, max {t.Max:0.0} ms over {t.Runs.Count} runs");
    }
    SqliteConnection.ClearAllPools();
    if (options.TimingsOnly) return;

    var environment = settings.Where(s => s.Value is not null).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!, StringComparer.Ordinal);
    environment["ConnectionStrings__Palermo"] = connectionString;
    environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    environment["Logging__LogLevel__Default"] = "Warning";
    environment["Logging__LogLevel__Palermo.Hosting"] = "Information";

    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };
    using var hello = ServerProcess.Start(options.Hello, Path.Combine(dataDirectory, "hello.log"), new Dictionary<string, string>(StringComparer.Ordinal));
    using var palermo = ServerProcess.Start(options.Web, Path.Combine(dataDirectory, "palermo.log"), environment);
    await hello.WaitReadyAsync(http, "/", TimeSpan.FromSeconds(60));
    var startMs = await palermo.WaitReadyAsync(http, "/", TimeSpan.FromSeconds(180));
    Log($"Palermo on {palermo.Address} (ready after {startMs:0} ms), baseline on {hello.Address}");

    async Task<string> TokenAsync(string email)
    {
        using var response = await http.PostAsJsonAsync(new Uri(palermo.Address, "/api/v1/auth/login"), new { email, password = BenchData.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    HttpRequestMessage Request(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(palermo.Address, path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    // The same steps over HTTP, as the secretariat: the whole request, body read.
    var secretariat = await TokenAsync(bench.Secretariat);
    var overHttp = new List<Timing>();
    foreach (var (name, path) in new[]
             {
                 ("GET completeness", $"/api/v1/cycles/{bench.Analysed}/completeness"),
                 ("GET analysis", $"/api/v1/cycles/{bench.Analysed}/analysis?language=en"),
                 ("GET export.xlsx", $"/api/v1/cycles/{bench.Analysed}/export.xlsx"),
                 ("GET report.xlsx (ar)", $"/api/v1/cycles/{bench.Analysed}/report.xlsx?language=ar"),
             })
    {
        var runs = new List<double>();
        for (var i = 0; i <= options.Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(Request(HttpMethod.Get, path, secretariat));
            response.EnsureSuccessStatusCode();
            _ = await response.Content.ReadAsByteArrayAsync();
            if (i > 0) runs.Add(watch.Elapsed.TotalMilliseconds);
        }
        overHttp.Add(new Timing(name, runs));
        Log($"HTTP {name}: median {overHttp[^1].Median:0.0} ms, max {overHttp[^1].Max:0.0} ms");
    }

    // Every contributor signs in (bearer token) and reads their country's draft and its concurrency token.
    var tokens = new string[bench.Contributors.Count];
    var versions = new int[bench.Contributors.Count];
    using (var gate = new SemaphoreSlim(8))
    {
        await Task.WhenAll(bench.Contributors.Select(async (c, i) =>
        {
            await gate.WaitAsync();
            try
            {
                tokens[i] = await TokenAsync(c.Email);
                using var response = await http.SendAsync(Request(HttpMethod.Get, $"/api/v1/cycles/{bench.Drafting}/submissions/{c.Country}", tokens[i]));
                response.EnsureSuccessStatusCode();
                versions[i] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
            }
            finally
            {
                gate.Release();
            }
        }));
    }
    Log($"{tokens.Length} contributors signed in");

    var duration = TimeSpan.FromSeconds(options.Seconds);
    var think = TimeSpan.FromMilliseconds(options.ThinkMs);
    var helloUri = new Uri(hello.Address, "/");
    async Task<Outcome> HelloAsync(int worker)
    {
        using var response = await http.GetAsync(helloUri);
        _ = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? Outcome.Ok : Outcome.Error;
    }

    var yesNo = definition.Questions.Where(q => q.Type == QuestionType.YesNo).Select(q => q.Code).ToList();
    var answers = bench.Contributors.Select((_, i) => BenchData.Answers(definition, new Random(100 + i))).ToArray();
    var randoms = bench.Contributors.Select((_, i) => new Random(1000 + i)).ToArray();
    async Task<Outcome> SaveAsync(int w)
    {
        // A person changes one answer; the form sends the whole draft with the token it last read.
        var mine = answers[w];
        mine[yesNo[randoms[w].Next(yesNo.Count)]] = JsonSerializer.SerializeToElement(YesNoAnswers.All[randoms[w].Next(YesNoAnswers.All.Count)]);
        var body = JsonContent.Create(new { version = versions[w], answers = mine });
        await body.LoadIntoBufferAsync();
        using var response = await http.SendAsync(Request(HttpMethod.Put, $"/api/v1/cycles/{bench.Drafting}/submissions/{bench.Contributors[w].Country}", tokens[w], body));
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (response.IsSuccessStatusCode)
        {
            versions[w] = json.GetProperty("version").GetInt32();
            return Outcome.Ok;
        }
        if (response.StatusCode == System.Net.HttpStatusCode.Conflict && json.TryGetProperty("currentVersion", out var current))
        {
            versions[w] = current.GetInt32();
            return Outcome.Conflict;
        }
        return Outcome.Error;
    }

    Log($"load: {tokens.Length} workers × {options.Seconds} s, think {options.ThinkMs} ms — hello, saves, hello");
    var hello1 = await LoadRun.RunAsync("hello (bare Kestrel)", tokens.Length, duration, think, HelloAsync);
    var saves = await LoadRun.RunAsync("PUT submission (save)", tokens.Length, duration, think, SaveAsync);
    var hello2 = await LoadRun.RunAsync("hello (bare Kestrel)", tokens.Length, duration, think, HelloAsync);

    // Server-side view of the same saves (OpenTelemetry histogram at /metrics): time in the pipeline vs time queued before it.
    using (var metrics = await http.GetAsync(new Uri(palermo.Address, "/metrics")))
    {
        var lines = (await metrics.Content.ReadAsStringAsync()).Split('\n')
            .Where(l => l.StartsWith("http_server_request_duration_seconds_", StringComparison.Ordinal) && l.Contains("PUT", StringComparison.Ordinal)
                        && (l.Contains("_sum{", StringComparison.Ordinal) || l.Contains("_count{", StringComparison.Ordinal)))
            .ToList();
        double Value(string kind) => lines.Where(l => l.Contains(kind, StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
        var count = Value("_count{");
        if (count > 0) Log($"server-side PUT: {count:0} requests, mean {Value("_sum{") / count * 1000:0.0} ms inside the pipeline");
    }

    var report = Report.Print(options, engine, inProcess, overHttp, [hello1, saves, hello2], startMs);
    Console.WriteLine(report.Table);
    if (options.Results is { } results) Report.Append(results, report.Row);
    if (options.Keep) Log($"server logs in {dataDirectory}");
}
finally
{
    if (createdDatabase is not null && options.Postgres is { } admin2)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin2);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{createdDatabase}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
    if (!options.Keep)
    {
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
