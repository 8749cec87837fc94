using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PiaoPerformance.ImportBench;
using PiaoPerformance.Infrastructure;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Spreadsheets;

// scripts/bench import: a generated 1,000-card workbook (20 settori × 50 cards) imported into an empty plan, several
// times (each into a fresh empty plan), on a throwaway database of the test cluster (PIAO_TEST_PG). Prints the
// median, min and max of the import (file check, reading, validation and the one saving transaction) and the peak
// memory of this process; then the median of a dry run of the same file over the filled plan (all unchanged).
var runs = int.TryParse(Environment.GetEnvironmentVariable("PIAO_BENCH_IMPORT_RUNS"), out var r) ? r : 5;
const int Units = 20, PerUnit = 50;
var server = Environment.GetEnvironmentVariable("PIAO_TEST_PG")
    ?? "Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres";
var name = $"piao_bench_import_{DateTime.UtcNow:yyyyMMddHHmmss}";
await using (var admin = new NpgsqlConnection(server))
{
    await admin.OpenAsync();
    await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin).ExecuteNonQueryAsync();
}

var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
try
{
    await using var services = new ServiceCollection().AddLogging().AddPiaoInfrastructure(connection).BuildServiceProvider();
    await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    var contexts = services.GetRequiredService<IDbContextFactory<PiaoDbContext>>();
    var spreadsheets = services.GetRequiredService<PlanSpreadsheetService>();

    var source = new GeneratedEnte(Units, PerUnit);
    await using (var db = await contexts.CreateDbContextAsync())
    {
        await source.SaveAsync(db);
    }

    var workbook = (await spreadsheets.ExportAsync(source.SegretarioActor(), source.Cycle.Id))!.Value.Content;
    Console.WriteLine($"Cartella di lavoro generata: {source.Objectives.Count} obiettivi, {workbook.Length / 1024} KB");

    var times = new List<double>();
    GeneratedEnte? last = null;
    for (var i = 0; i <= runs; i++)
    {
        var target = new GeneratedEnte(Units, 0);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await target.SaveAsync(db);
        }

        var clock = Stopwatch.StartNew();
        var result = await spreadsheets.ImportAsync(target.SegretarioActor(), target.Cycle.Id, "bench.xlsx", workbook, dryRun: false);
        clock.Stop();
        if (!result.Saved || result.Created != source.Objectives.Count)
        {
            throw new InvalidOperationException($"Import failed: {string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Where} {e.Message}"))}");
        }

        // The first run warms the JIT and the connection pool: reported apart, not in the median.
        if (i == 0)
        {
            Console.WriteLine($"prima importazione (a freddo): {clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        }
        else
        {
            times.Add(clock.Elapsed.TotalSeconds);
        }

        last = target;
    }

    var dry = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        var result = await spreadsheets.ImportAsync(last!.SegretarioActor(), last.Cycle.Id, "bench.xlsx", workbook, dryRun: true);
        clock.Stop();
        if (result.Unchanged != source.Objectives.Count)
        {
            throw new InvalidOperationException("The dry run over the imported plan should find every card unchanged.");
        }

        dry.Add(clock.Elapsed.TotalSeconds);
    }

    static string Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return $"mediana {median.ToString("0.00", CultureInfo.InvariantCulture)} s (min {sorted[0].ToString("0.00", CultureInfo.InvariantCulture)} s, max {sorted[^1].ToString("0.00", CultureInfo.InvariantCulture)} s)";
    }

    Console.WriteLine($"importazione di {source.Objectives.Count} obiettivi in un piano vuoto, {runs} volte: {Median(times)}");
    Console.WriteLine($"anteprima (dryRun) dello stesso file sul piano già importato, {runs} volte: {Median(dry)}");
    using var process = Process.GetCurrentProcess();
    Console.WriteLine($"picco di memoria del processo (working set): {process.PeakWorkingSet64 / 1024 / 1024} MB; memoria gestita allocata in tutto: {GC.GetTotalAllocatedBytes() / 1024 / 1024} MB");
    Console.WriteLine($"carico della macchina (load average): {File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Aggregate((a, b) => $"{a} {b}")}");
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await using var admin = new NpgsqlConnection(server);
    await admin.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
}
