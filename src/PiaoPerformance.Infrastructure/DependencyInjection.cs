using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Audit;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Lifecycle;
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
        services.AddDbContextFactory<PiaoDbContext>((provider, options) => options.UseNpgsql(connectionString,
                // An objective has several owned collections: one query per collection, not a cartesian product.
                npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory").UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            // A committed change to accounts, grants or assignments empties the cache of sessions and actors (ADR-017).
            .AddInterceptors(provider.GetRequiredService<AccessCacheInvalidation>()));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<PlanQueries>();
        services.AddSingleton<PlanLifecycleService>();
        services.AddSingleton<ObjectiveEditService>();
        services.AddSingleton<ObjectiveEditorQueries>();
        services.AddSingleton<ScoringSettings>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccountService>();
        services.AddSingleton<ActorLoader>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<Settings.EnteSettingsService>();
        return services;
    }
}
