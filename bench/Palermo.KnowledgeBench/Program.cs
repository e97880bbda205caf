using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Palermo.Data;
using Palermo.KnowledgeBench;
using Palermo.Search.Knowledge;
using Palermo.Web.Hosting;

// Usage: Palermo.KnowledgeBench [--records N] [--postgres "connection string"] [--repeat R] [--detail] [--keep] [--only lucene|postgres]
// Without --postgres only Lucene is measured; --keep keeps its database. --detail prints, per query, to stderr: the median through HTTP, through
// KnowledgeSearch in-process (with snippets) and of the engine alone (IKnowledgeIndex.SearchAsync), and the total. Prints one table row per engine (tab-separated after "RESULT").
var records = IntArg("--records", 100_000);
var repeat = IntArg("--repeat", 10);
var postgres = Arg("--postgres");
var detail = args.Contains("--detail");
var keep = args.Contains("--keep"); // keeps the PostgreSQL database (its name goes to stderr) to study plans with EXPLAIN

// A fixed query set, four per language: single words, glossary terms (found across languages) and a phrase.
string[] queries =
[
    "trafficking in persons", "police", "\"smuggling of migrants\"", "shelter training",
    "traite des personnes", "frontière", "« trafic illicite de migrants »", "formation des juges",
    "trata de personas", "fiscales", "\"tráfico ilícito de migrantes\"", "albergue",
    "торговля людьми", "полиция", "\"незаконный ввоз мигрантов\"", "приют",
    "贩运人口", "警方", "偷运移民", "培训",
    "الاتجار بالأشخاص", "الشرطة", "«تهريب المهاجرين»", "الملجأ",
];
// Each query names its language (`lang=`), as the search page does from its own language: Latin-script text alone
// cannot tell French and Spanish from English, and would otherwise be analysed as English and match nothing.
string[] queryLanguages = ["en", "fr", "es", "ru", "zh", "ar"];
string LanguageOf(string q) => queryLanguages[Array.IndexOf(queries, q) / 4];

var results = new List<string>();
var only = Arg("--only");
if (only is null or "lucene") results.Add(await RunAsync("lucene", null));
if (!string.IsNullOrEmpty(postgres) && only is null or "postgres") results.Add(await RunAsync("postgres", postgres));
Console.WriteLine();
Console.WriteLine($"{"engine",-10} {"records",9} {"index s",9} {"records/s",10} {"p50 ms",8} {"p95 ms",8} {"requests",9}");
foreach (var row in results) Console.WriteLine(row);
return 0;

async Task<string> RunAsync(string engine, string? server)
{
    var data = Directory.CreateTempSubdirectory("palermo-bench-");
    string? database = null;
    var args = new List<string> { "--environment=Production", "--urls=http://127.0.0.1:0", $"--Palermo:DataDirectory={data.FullName}",
        "--Palermo:Demo:Enabled=false", "--Palermo:RequireTwoFactorForPrivilegedRoles=false", "--Logging:LogLevel:Default=Warning" };
    if (server is not null)
    {
        database = "palermo_bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = NpgsqlDataSource.Create(server))
            await admin.CreateCommand($"CREATE DATABASE {database}").ExecuteNonQueryAsync();
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = database };
        args.AddRange(["--Palermo:Database:Provider=postgres", $"--ConnectionStrings:Palermo={builder.ConnectionString}"]);
    }
    try
    {
        var web = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. args], ApplicationName = "Palermo.Web" });
        web.AddPalermoWeb();
        await using var app = web.Build();
        await app.InitializePalermoAsync();
        app.UsePalermoPipeline();

        Console.Error.WriteLine($"[{engine}] generating and storing {records:N0} practices …");
        var generator = new CorpusGenerator(seed: 4);
        for (var done = 0; done < records; done += 2000)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
            for (var n = done; n < Math.Min(records, done + 2000); n++)
            {
                var practice = generator.Next(n);
                practice.TranslationGroupId = practice.Id;
                db.Practices.Add(practice);
            }
            await db.SaveChangesAsync();
        }

        Console.Error.WriteLine($"[{engine}] indexing …");
        var clock = Stopwatch.StartNew();
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<KnowledgeIndexer>().RebuildAsync();
        var indexSeconds = clock.Elapsed.TotalSeconds;

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        // The corpus generation's garbage is the bench's, not the server's: collected before measuring. Then the bench
        // waits until the process is quiet (the rebuild's file writes, background compilation and collection done), so
        // that it measures searches, not searches competing with the end of a rebuild.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        await WaitUntilQuietAsync(engine);
        // Warm-up: rounds of the query set until one round compiles no method (at least five, at most fifty), so that the
        // measured requests run the server's optimized code (.NET compiles a method again, optimized and then
        // profile-guided, after it has run about 30 times, in the background), as a server that has been up for a while
        // does. Five fixed rounds were not enough for Lucene: its first measured rounds ran at three times the p50 of the
        // later ones while methods were still being recompiled.
        var warmUps = 0;
        for (long compiled = -1; warmUps < 50 && (warmUps < 5 || JitInfo.GetCompiledMethodCount() != compiled); warmUps++)
        {
            compiled = JitInfo.GetCompiledMethodCount();
            foreach (var q in queries) (await http.GetAsync(Url(q))).EnsureSuccessStatusCode();
        }
        Console.Error.WriteLine($"[{engine}] {warmUps} warm-up rounds");
        var timings = new List<double>();
        for (var r = 0; r < repeat; r++)
        {
            var round = new List<double>();
            foreach (var q in queries)
            {
                var one = Stopwatch.StartNew();
                using var response = await http.GetAsync(Url(q));
                await response.Content.ReadAsByteArrayAsync();
                round.Add(one.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }
            timings.AddRange(round);
            round.Sort();
            if (detail) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{engine}] round {r + 1}: p50 {Percentile(round, 0.50):F1} ms, max {round[^1]:F1} ms"));
        }
        if (detail) await DetailAsync(engine, app.Services, http);
        await app.StopAsync();
        timings.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{engine,-10} {records,9} {indexSeconds,9:F1} {records / indexSeconds,10:F0} {Percentile(timings, 0.50),8:F1} {Percentile(timings, 0.95),8:F1} {timings.Count,9}");
    }
    finally
    {
        if (database is not null && keep) Console.Error.WriteLine($"[{engine}] kept database {database}");
        else if (database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = NpgsqlDataSource.Create(server!);
            await admin.CreateCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)").ExecuteNonQueryAsync();
        }
        try { data.Delete(recursive: true); } catch (IOException) { /* the index folder may still be held briefly */ }
    }
}

async Task DetailAsync(string engine, IServiceProvider services, HttpClient http)
{
    var search = services.GetRequiredService<KnowledgeSearch>();
    var index = services.GetRequiredService<IKnowledgeIndex>();
    static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    foreach (var q in queries)
    {
        List<double> web = [], full = [], engineOnly = [];
        var total = 0;
        for (var r = 0; r < 5; r++)
        {
            var one = Stopwatch.StartNew();
            (await http.GetAsync(Url(q))).EnsureSuccessStatusCode();
            web.Add(one.Elapsed.TotalMilliseconds);
            var language = KnowledgeQueryPlanner.DetectLanguage(q, LanguageOf(q));
            var request = new KnowledgeSearchRequest(Palermo.Knowledge.KnowledgeKind.Practice, q, language, Palermo.Access.Actor.Anonymous);
            one.Restart();
            total = (await search.SearchAsync(request)).Total;
            full.Add(one.Elapsed.TotalMilliseconds);
            var plan = KnowledgeQueryPlanner.Plan(request.Kind, q, language);
            one.Restart();
            await index.SearchAsync(new KnowledgePageQuery(plan.Match, request.Viewer, KnowledgeFilters.None, KnowledgeOrder.Relevance, plan.Language, 0, 20, true));
            engineOnly.Add(one.Elapsed.TotalMilliseconds);
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{engine}] {q,-36} http {Median(web),7:F1} search {Median(full),7:F1} engine {Median(engineOnly),7:F1} ms, total {total}"));
    }
}

// Until this process used under 5 % of one core over a second (at most a minute).
static async Task WaitUntilQuietAsync(string engine)
{
    var process = System.Diagnostics.Process.GetCurrentProcess();
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < TimeSpan.FromMinutes(1))
    {
        process.Refresh();
        var before = process.TotalProcessorTime;
        await Task.Delay(1000);
        process.Refresh();
        if ((process.TotalProcessorTime - before).TotalMilliseconds < 50) break;
    }
    Console.Error.WriteLine($"[{engine}] quiet after {clock.Elapsed.TotalSeconds:F0} s");
}

string Url(string q) => "/api/v1/practices/search?q=" + Uri.EscapeDataString(q) + "&lang=" + LanguageOf(q);

static double Percentile(List<double> sorted, double p) =>
    sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

int IntArg(string name, int fallback) => int.TryParse(Arg(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
