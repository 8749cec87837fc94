using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PiaoPerformance.HomeBench;
using PiaoPerformance.Infrastructure;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Components.Pages.Home;

// The Segretario's home page (issue 10) rendered server-side with Blazor's HtmlRenderer over the app's own services
// and a generated comune (BenchEnte: 40 units, 600 objectives, 400 sheets) on the database given: warm-up renders,
// then N timed renders one after the other (each a fresh renderer: the component reads its data as on a visit);
// p50/p95 and the SQL statements and rows of one render. Run by `scripts/bench home`.
var connection = Arg("--connection") ?? throw new ArgumentException("--connection <stringa di connessione> è obbligatorio");
var runs = int.Parse(Arg("--runs") ?? "100", CultureInfo.InvariantCulture);
var warmup = int.Parse(Arg("--warmup") ?? "20", CultureInfo.InvariantCulture);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("it-IT");

var services = new ServiceCollection();
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
services.AddPiaoInfrastructure(connection);
await using var provider = services.BuildServiceProvider();
await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
BenchEnte ente;
await using (var db = await provider.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync())
{
    var generating = Stopwatch.StartNew();
    ente = await BenchEnte.SaveAsync(db);
    Console.WriteLine($"ente generato in {generating.Elapsed.TotalSeconds:0.0} s: {BenchEnte.UnitCount} unità, "
        + $"{BenchEnte.UnitCount * BenchEnte.ObjectivesPerUnit} obiettivi, {BenchEnte.UnitCount * BenchEnte.SheetsPerUnit} schede");
}

var actor = ente.SegretarioActor();
var loggers = provider.GetRequiredService<ILoggerFactory>();
var counter = SqlCounter.Start();

async Task<string> RenderAsync()
{
    await using var renderer = new HtmlRenderer(provider, loggers);
    return await renderer.Dispatcher.InvokeAsync(async () =>
    {
        var output = await renderer.RenderComponentAsync<HomeBoard>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Actor"] = actor }));
        return output.ToHtmlString();
    });
}

// What one render shows and costs in SQL.
counter.On = true;
var html = await RenderAsync();
counter.On = false;
var unitRows = Regex.Count(html, "data-testid=\"home-unit\"");
var overdue = Regex.Count(html, "data-testid=\"home-overdue-sheet\"");
Console.WriteLine($"una resa: {html.Length / 1024} KB di HTML, {unitRows} righe di unità, {overdue} schede scadute, {counter.Commands} istruzioni SQL, {counter.Rows} righe lette");
foreach (var (sql, rows) in counter.Statements)
{
    Console.WriteLine($"  {rows,5} righe  {sql}");
}

if (unitRows != BenchEnte.UnitCount || overdue != BenchEnte.UnitCount)
{
    Console.Error.WriteLine("la pagina non mostra ciò che l'ente generato contiene: misura annullata");
    return 1;
}

for (var i = 0; i < warmup; i++)
{
    await RenderAsync();
}

var times = new List<double>(runs);
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
for (var i = 0; i < runs; i++)
{
    var watch = Stopwatch.StartNew();
    await RenderAsync();
    times.Add(watch.Elapsed.TotalMilliseconds);
}

// CPU time of this process (the page's own work, PostgreSQL apart) barely depends on what else runs; wall time does.
var cpuPerRender = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
times.Sort();
double Percentile(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
var p95 = Percentile(0.95);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"home del Segretario, {runs} rese dopo {warmup} di riscaldamento: p50 {Percentile(0.50):0.0} ms, p95 {p95:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU del processo per resa (senza PostgreSQL): {cpuPerRender:0.0} ms"));
// Where the time goes: the page's data alone, and its heaviest part (each unit's state and blocking problems).
var queries = provider.GetRequiredService<PiaoPerformance.Infrastructure.Home.HomeQueries>();
var myUnits = provider.GetRequiredService<PiaoPerformance.Infrastructure.Planning.MyUnitsQueries>();
var plan = (await queries.CurrentPlanAsync(actor))!.Id;
var data = await MedianAsync(() => queries.LoadAsync(actor));
var approval = await MedianAsync(() => myUnits.ApprovalStatesAsync(actor, plan));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"di cui, mediane su {runs}: dati della pagina (HomeQueries.LoadAsync) {data:0.0} ms, "
    + $"stato e problemi delle unità (MyUnitsQueries.ApprovalStatesAsync) {approval:0.0} ms"));
Console.WriteLine($"obiettivo p95 < 150 ms: {(p95 < 150 ? "raggiunto" : "NON raggiunto")}; carico della macchina: {File.ReadAllText("/proc/loadavg").Trim()}");
return 0;

async Task<double> MedianAsync(Func<Task> work)
{
    var samples = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await work();
        samples.Add(watch.Elapsed.TotalMilliseconds);
    }

    samples.Sort();
    return samples[samples.Count / 2];
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
