using PiaoPerformance.Infrastructure.Seed;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Seed;

public sealed class DemoSeederTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task SeedingTwiceAddsNothing()
    {
        var seeder = database.Get<DemoSeeder>();
        await seeder.SeedAsync();
        var afterFirst = await database.CountRowsAsync();

        var seededAgain = await seeder.SeedAsync();

        seededAgain.ShouldBeFalse();
        (await database.CountRowsAsync()).ShouldBe(afterFirst);
        afterFirst["Municipalities"].ShouldBe(1);
        afterFirst["OrgUnits"].ShouldBe(8);
        afterFirst["Objectives"].ShouldBe(49 + 2 + 4, "49 unit cards, 2 cross-cutting strategic objectives, 3 + 1 operational children");
        afterFirst["YearTargets"].ShouldBe(55 * 3);
    }

    [Fact]
    public async Task SeedingAnEmptyDatabaseReportsThatItSeeded()
    {
        await using var fresh = await PostgresDatabase.CreateAsync();

        (await fresh.Get<DemoSeeder>().SeedAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task TwoInstancesSeedingAtOnceLeaveOneCopy()
    {
        await using var fresh = await PostgresDatabase.CreateAsync();
        var seeder = fresh.Get<DemoSeeder>();

        var results = await Task.WhenAll(Task.Run(() => seeder.SeedAsync()), Task.Run(() => seeder.SeedAsync()));

        results.Count(seeded => seeded).ShouldBe(1);
        var counts = await fresh.CountRowsAsync();
        counts["Municipalities"].ShouldBe(1);
        counts["Objectives"].ShouldBe(55);
    }
}
