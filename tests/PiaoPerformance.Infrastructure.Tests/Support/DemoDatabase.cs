using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Seed;

namespace PiaoPerformance.Infrastructure.Tests.Support;

/// <summary>A migrated database holding the demo comune (seed 000, Cassano delle Murge PIAO 2024-2026), seeded once.</summary>
public sealed class DemoDatabase : PostgresDatabase
{
    private PlanView? _plan;

    /// <summary>The demo plan as <see cref="PlanQueries.GetPlanAsync"/> returns it after seeding.</summary>
    /// <summary>A reader of the demo ente, for service calls.</summary>
    public PiaoPerformance.Domain.Access.Actor Reader { get; private set; } = null!;

    public PlanView Plan => _plan ?? throw new InvalidOperationException("The demo database is not initialised.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Get<DemoSeeder>().SeedAsync();
        var queries = Get<PlanQueries>();
        await using var db = await NewContextAsync();
        Reader = TestActors.ReaderOf(db.Municipalities.Single().Id);
        var summary = (await queries.ListPlansAsync(Reader)).Single();
        _plan = await queries.GetPlanAsync(Reader, summary.Id) ?? throw new InvalidOperationException("The seeded plan was not found.");
    }
}
