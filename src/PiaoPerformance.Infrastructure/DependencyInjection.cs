using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Audit;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Pdf;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Scoring;
using PiaoPerformance.Infrastructure.Seed;

namespace PiaoPerformance.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database (one short-lived context per operation) and the services pages and the API call.</summary>
    public static IServiceCollection AddPiaoInfrastructure(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<AccessCache>();
        services.AddSingleton<AccessCacheInvalidation>();
        services.AddSingleton<Home.HomeChanges>();
        services.AddSingleton<Home.HomeChangesInterceptor>();
        services.AddDbContextFactory<PiaoDbContext>((provider, options) => options.UseNpgsql(WithAutoPrepare(connectionString),
                // An objective has several owned collections: one query per collection, not a cartesian product.
                npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory").UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            // A committed change to accounts, grants or assignments empties the cache of sessions and actors (ADR-019).
            // A committed change of an ente's data refreshes the ente's open home pages (issue 10).
            .AddInterceptors(provider.GetRequiredService<AccessCacheInvalidation>(), provider.GetRequiredService<Home.HomeChangesInterceptor>()));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<PlanQueries>();
        services.AddSingleton<Spreadsheets.PlanSpreadsheetService>();
        services.AddSingleton<PlanLifecycleService>();
        services.AddSingleton<ObjectiveEditService>();
        services.AddSingleton<ObjectiveEditorQueries>();
        services.AddSingleton<WeightBalancingService>();
        services.AddSingleton<MyUnitsQueries>();
        services.AddSingleton<Home.HomeQueries>();
        services.AddSingleton<ScoringSettings>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccountService>();
        services.AddSingleton<ActorLoader>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<Settings.EnteSettingsService>();
        services.AddSingleton<ReportingService>();
        services.AddSingleton<MeasurementService>();
        services.AddSingleton<EntePerformanceService>();
        services.AddSingleton<MeasurementQueries>();
        services.AddSingleton<Evaluation.EvaluationSheetService>();
        services.AddSingleton<Evaluation.PerformanceFundService>();
        services.AddSingleton<Evaluation.AgreedAchievementsTransfer>();
        services.AddSingleton<Rewards.MoneyService>();
        services.AddSingleton<Rewards.FundPageQueries>();
        services.AddSingleton<OpenData.OpenDataService>();
        services.AddSingleton<Dashboard.DashboardQueries>();
        return services;
    }

    /// <summary>The PDF export (ADR-010): one Chromium, the Ghostscript PDF/A step and the bounded queue, all singletons.</summary>
    public static IServiceCollection AddPiaoPdf(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfOptions>(configuration.GetSection(PdfOptions.Section));
        services.AddSingleton<ChromiumPrinter>();
        services.AddSingleton<PdfArchiver>();
        services.AddSingleton<PdfExporter>();
        return services;
    }

    /// <summary>
    /// The connection string with Npgsql's automatic preparation on, unless it says otherwise ("Max Auto Prepare=0"
    /// turns it off, e.g. behind a pooler that does not keep prepared statements). EF Core sends the same few dozen
    /// statements over and over, several with many joins (an objective's split query): prepared once per pooled
    /// connection, PostgreSQL stops parsing and planning them on every call (docs/performance.md: about a third of
    /// the database time of opening and saving a card). 100 slots hold every statement of the hot paths; with fewer,
    /// statements evict one another and most of the gain is lost.
    /// </summary>
    internal static string WithAutoPrepare(string connectionString)
    {
        // Npgsql's own builder knows every keyword and reports them all as present: ask a plain one what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.ContainsKey("Max Auto Prepare") || written.ContainsKey("MaxAutoPrepare"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 100 }.ConnectionString;
    }
}
