using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Audit;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Scoring;
using PiaoPerformance.Infrastructure.Seed;

namespace PiaoPerformance.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database (one short-lived context per operation) and the services pages and the API call.</summary>
    public static IServiceCollection AddPiaoInfrastructure(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<PiaoDbContext>(options => options.UseNpgsql(connectionString,
            // An objective has several owned collections: one query per collection, not a cartesian product.
            npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory").UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<PlanQueries>();
        services.AddSingleton<PlanLifecycleService>();
        services.AddSingleton<ObjectiveEditService>();
        services.AddSingleton<ObjectiveEditorQueries>();
        services.AddSingleton<WeightBalancingService>();
        services.AddSingleton<MyUnitsQueries>();
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
        services.AddSingleton<Rewards.MoneyService>();
        services.AddSingleton<Rewards.FundPageQueries>();
        return services;
    }
}
