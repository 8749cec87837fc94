using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

/// <summary>
/// Every save writes one audit row per aggregate root it changes, in its own transaction (issue 5): a change to a
/// card's parts is folded into the card's row, and a save that does not commit leaves no row behind.
/// </summary>
public sealed class AuditTrailTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task ChangingATitleAndAYearTargetWritesOneRowForTheObjectiveWithOldAndNewValues()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var objective = plan.FirstUnitObjective;
        var actor = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);
        int written;
        await using (var db = await database.NewContextAsync())
        {
            db.AuditAs(actor, "Correzione di un refuso");
            var card = await db.Objectives.SingleAsync(o => o.Id == objective.Id);
            var cycle = await db.PlanCycles.SingleAsync(c => c.Id == plan.Cycle.Id);
            card.Describe(card.Theme, "Titolo corretto", null, card.ExpectedResult, null);
            card.SetYearTarget(cycle, 2024, 80m);
            written = await db.SaveChangesAsync();
        }

        written.ShouldBe(2, "the objective and its year target; the audit row is not counted");
        var row = (await database.AboutAsync(objective.Id)).Where(r => r.Action == AuditAction.Modified).ShouldHaveSingleItem();
        row.EntityType.ShouldBe("Objective");
        row.MunicipalityId.ShouldBe(plan.Municipality.Id);
        (row.ActorAccountId, row.ActorUsername, row.ActorPersonId, row.ActorName)
            .ShouldBe((actor.AccountId, actor.Username, actor.PersonId, actor.DisplayName));
        row.Reason.ShouldBe("Correzione di un refuso");
        row.Old()["Title"]!.GetValue<string>().ShouldBe(objective.Title);
        row.New()["Title"]!.GetValue<string>().ShouldBe("Titolo corretto");
        row.Old()["YearTargets[2024].ExpectedPct"]!.GetValue<decimal>().ShouldBe(100m);
        row.New()["YearTargets[2024].ExpectedPct"]!.GetValue<decimal>().ShouldBe(80m);
        // Only what changed: no "last changed" stamp, no row version, no key.
        row.New().Select(p => p.Key).Order().ShouldBe(["Title", "YearTargets[2024].ExpectedPct"]);
    }

    [Fact]
    public async Task CreatingAPlanWritesOneRowPerAggregateRootWithItsPartsFoldedIn()
    {
        var plan = await new TestPlan().Unit("I", 60m, 40m).CrossCutting(0m).SaveAsync(database.ContextFactory);

        var rows = await database.OfEnteAsync(plan.Municipality.Id);

        var roots = 2 + plan.People.Count + plan.Units.Count + plan.Managers.Count + plan.Objectives.Count;
        rows.Count.ShouldBe(roots);
        rows.ShouldAllBe(r => r.Action == AuditAction.Created && r.ActorAccountId == null && r.OldValues == null);
        rows.Select(r => r.CorrelationId).Distinct().ShouldHaveSingleItem("one save, one correlation id");
        rows.Select(r => r.EntityType).Distinct().Order().ShouldBe(["ManagerAssignment", "Municipality", "Objective", "OrgUnit", "Person", "PlanCycle"]);
        var card = rows.Single(r => r.EntityId == plan.FirstUnitObjective.Id).New();
        card["Title"]!.GetValue<string>().ShouldBe(plan.FirstUnitObjective.Title);
        card["YearTargets[2024].ExpectedPct"]!.GetValue<decimal>().ShouldBe(100m);
        card["YearTargets[2025].NotApplicable"]!.GetValue<bool>().ShouldBeTrue();
        card["Level"]!.GetValue<string>().ShouldBe("Operational", "enums as stored, by name");
        rows.Single(r => r.EntityType == "Person").PersonId.ShouldBe(plan.People[0].Id);
    }

    [Fact]
    public async Task ASaveRolledBackWithItsTransactionWritesNoRow()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var id = plan.FirstUnitObjective.Id;
        await using (var db = await database.NewContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var card = await db.Objectives.SingleAsync(o => o.Id == id);
            card.SetWeight(10m);
            await db.SaveChangesAsync();
            (await db.AuditEntries.CountAsync(a => a.EntityId == id)).ShouldBe(2, "inside the transaction the row is there");
            await transaction.RollbackAsync();
        }

        (await database.AboutAsync(id)).ShouldHaveSingleItem().Action.ShouldBe(AuditAction.Created);
    }

    [Fact]
    public async Task ASaveThatLosesOnConcurrencyWritesNoRowAndItsRetryWritesOne()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var id = plan.FirstUnitObjective.Id;
        await using var first = await database.NewContextAsync();
        await using var second = await database.NewContextAsync();
        var mine = await first.Objectives.SingleAsync(o => o.Id == id);
        var theirs = await second.Objectives.SingleAsync(o => o.Id == id);
        mine.SetWeight(20m);
        theirs.SetWeight(30m);

        await first.SaveChangesAsync();
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        var rows = await database.AboutAsync(id);
        rows.Count(r => r.Action == AuditAction.Modified).ShouldBe(1);
        rows[^1].New()["Weight"]!.GetValue<decimal>().ShouldBe(20m);

        await using var retry = await database.NewContextAsync();
        (await retry.Objectives.SingleAsync(o => o.Id == id)).SetWeight(30m);
        await retry.SaveChangesAsync();
        var after = await database.AboutAsync(id);
        after.Count(r => r.Action == AuditAction.Modified).ShouldBe(2, "the failed attempt's row is not carried into the retry");
        after[^1].Old()["Weight"]!.GetValue<decimal>().ShouldBe(20m);
    }

    [Fact]
    public async Task DeletingAnObjectiveWritesItsLastValuesPartsIncluded()
    {
        var plan = await new TestPlan().Unit("I", 60m, 40m).SaveAsync(database.ContextFactory);
        var id = plan.Objectives[1].Id;
        await using (var db = await database.NewContextAsync())
        {
            db.Objectives.Remove(await db.Objectives.SingleAsync(o => o.Id == id));
            await db.SaveChangesAsync();
        }

        var row = (await database.AboutAsync(id)).Where(r => r.Action == AuditAction.Deleted).ShouldHaveSingleItem();
        row.NewValues.ShouldBeNull();
        row.Old()["Weight"]!.GetValue<decimal>().ShouldBe(40m);
        row.Old()["YearTargets[2024].ExpectedPct"]!.GetValue<decimal>().ShouldBe(100m);
    }

    [Fact]
    public async Task AnAddedAndARemovedIndicatorAreFoldedIntoTheObjectivesRow()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var id = plan.FirstUnitObjective.Id;
        Guid indicatorId;
        await using (var db = await database.NewContextAsync())
        {
            var card = await db.Objectives.SingleAsync(o => o.Id == id);
            indicatorId = card.AddIndicator(new Domain.Indicators.IndicatorDraft("Pratiche evase entro 30 giorni", Target: "90%")).Id;
            await db.SaveChangesAsync();
        }

        await using (var db = await database.NewContextAsync())
        {
            (await db.Objectives.SingleAsync(o => o.Id == id)).RemoveIndicator(indicatorId);
            await db.SaveChangesAsync();
        }

        var rows = (await database.AboutAsync(id)).Where(r => r.Action == AuditAction.Modified).ToList();
        rows.Count.ShouldBe(2);
        rows[0].New()[$"Indicators[{indicatorId}].Name"]!.GetValue<string>().ShouldBe("Pratiche evase entro 30 giorni");
        rows[0].Old().ShouldBeEmpty();
        rows[1].Old()[$"Indicators[{indicatorId}].Target"]!.GetValue<string>().ShouldBe("90%");
        rows[1].New().ShouldBeEmpty();
        (await database.OfEnteAsync(plan.Municipality.Id)).ShouldNotContain(r => r.EntityType == "Indicator");
    }

    [Fact]
    public async Task ASaveThatChangesNothingWritesNoRow()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var id = plan.FirstUnitObjective.Id;
        await using (var db = await database.NewContextAsync())
        {
            var card = await db.Objectives.SingleAsync(o => o.Id == id);
            card.SetWeight(60m); // the same weight: only the "last changed" stamp moves
            await db.SaveChangesAsync();
        }

        (await database.AboutAsync(id)).ShouldHaveSingleItem().Action.ShouldBe(AuditAction.Created);
    }
}
