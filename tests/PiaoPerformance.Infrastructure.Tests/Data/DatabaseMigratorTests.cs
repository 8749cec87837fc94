using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

public sealed class DatabaseMigratorTests(EmptyPostgresDatabase database) : IClassFixture<EmptyPostgresDatabase>
{
    // Tables that belong to no ente: the ente itself, EF's bookkeeping and the installation's data protection key ring.
    private static readonly string[] SharedTables = ["__EFMigrationsHistory", "Municipalities", "DataProtectionKeys"];

    [Fact]
    public async Task MigratingAnEmptyDatabaseAppliesEveryMigrationAndLeavesNonePending()
    {
        await database.Get<DatabaseMigrator>().MigrateAsync();

        await using var db = await database.NewContextAsync();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task MigratingAnUpToDateDatabaseChangesNothing()
    {
        var migrator = database.Get<DatabaseMigrator>();
        await migrator.MigrateAsync();
        var before = await database.CountRowsAsync();

        await migrator.MigrateAsync();

        (await database.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TheMigrationsCreateThePlanningTables()
    {
        await database.Get<DatabaseMigrator>().MigrateAsync();

        var tables = await database.TablesAsync();

        string[] expected =
        [
            "Municipalities", "PlanCycles", "PlanNotes", "OrgUnits", "People", "ManagerAssignments", "StaffAssignments",
            "MandateLines", "DupCodes", "BudgetProgrammes", "Objectives", "YearTargets", "Indicators", "IndicatorHistory",
            "Phases", "ObjectiveStaff", "ObjectiveContributions", "ObjectiveMandateLines", "ObjectiveBudgetLinks",
            "ObjectiveAchievementRules", "ObjectiveAchievementSteps", "ObjectiveWeightingGrids",
        ];
        expected.ShouldBeSubsetOf(tables);
    }

    [Fact]
    public async Task EveryTableOfAnEnteCarriesTheMunicipalityIdChildTablesIncluded()
    {
        await database.Get<DatabaseMigrator>().MigrateAsync();

        var columns = await database.ColumnsAsync();

        var withoutTenant = columns
            .Where(t => !SharedTables.Contains(t.Key) && !t.Value.Contains("MunicipalityId"))
            .Select(t => t.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        columns.Count.ShouldBeGreaterThan(SharedTables.Length);
        withoutTenant.ShouldBeEmpty($"tables without a MunicipalityId column: {string.Join(", ", withoutTenant)}");
    }

    [Fact]
    public async Task TheCommittedMigrationsMatchTheModel()
    {
        await using var db = await database.NewContextAsync();

        db.Database.HasPendingModelChanges().ShouldBeFalse("the model has changes no committed migration holds: add a migration");
    }

    [Fact]
    public async Task TwoInstancesMigratingTheSameEmptyDatabaseAtOnceBothSucceed()
    {
        await using var fresh = await PostgresDatabase.CreateAsync(migrate: false);
        var migrator = fresh.Get<DatabaseMigrator>();

        await Task.WhenAll(Task.Run(() => migrator.MigrateAsync()), Task.Run(() => migrator.MigrateAsync()));

        await using var db = await fresh.NewContextAsync();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(db.Database.GetMigrations().Count());
    }
}
