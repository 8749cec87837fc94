using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

/// <summary>Every part of an objective card goes to its table and comes back, and a replaced part leaves nothing behind.</summary>
public sealed class ObjectiveMappingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task EveryPartOfACardSurvivesSavingAndLoading()
    {
        var card = await NewCardAsync();

        var stored = await StoredAsync(card.Objective.Id);

        stored.Title.ShouldBe("Informatizzazione dei Registri dello Stato Civile");
        stored.Weight.ShouldBe(12.5m);
        (stored.StartDate, stored.EndDate, stored.EndText).ShouldBe((new DateOnly(2024, 1, 1), (DateOnly?)new DateOnly(2024, 12, 31), (string?)null));
        stored.DupCode.ShouldBe("60000004");
        stored.MandateLines.Select(l => l.MandateLineId).ShouldBe(card.Lines.Select(l => l.Id), ignoreOrder: true);
        stored.BudgetLinks.Select(b => (b.BudgetProgrammeId, b.Order)).ShouldBe([(card.Programme.Id, 1)]);
        var indicator = stored.Indicators.ShouldHaveSingleItem();
        (indicator.Name, indicator.FormulaText, indicator.Unit, indicator.Polarity, indicator.Target)
            .ShouldBe(("Registri informatizzati", "[Registri informatizzati/Registri]*100", IndicatorUnit.Percent, Polarity.HigherIsBetter, "95%"));
        indicator.History.Select(h => (h.Year, h.Value)).ShouldBe([(2023, "40%"), (2022, "20%")]);
        stored.YearTargets.OrderBy(t => t.Year).Select(t => t.NotApplicable).ShouldBe([false, true, true]);
        stored.Phases.OrderBy(p => p.Order).Select(p => (p.Title, p.DueDate)).ShouldBe([("Ricognizione", (DateOnly?)new DateOnly(2024, 3, 31)), ("Scansione", null)]);
        stored.Staff.Select(s => s.PersonId).ShouldBe([card.Employee.Id]);
        stored.Contributions.Select(c => (c.OrgUnitId, c.ContributionPct)).ShouldBe([(card.Unit.Id, 100m)]);
        stored.AchievementRule.ShouldNotBeNull().Steps.Select(s => (s.LowerBound, s.AchievementPct)).ShouldBe([((decimal?)75m, 100m), (40m, 50m)]);
        stored.WeightingGrid.ShouldBe(new WeightingGrid(RatingLevel.High, RatingLevel.Medium, RatingLevel.Low, RatingLevel.High));
        stored.UpdatedAt.ShouldBe(card.Objective.UpdatedAt, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task AnIndicatorsHistoryComesBackNewestFirst()
    {
        // The history reads newest first ("2020 | 2019" columns, S4:19) whatever order the rows come back in.
        var card = await NewCardAsync();

        var stored = await StoredAsync(card.Objective.Id);

        stored.Indicators.ShouldHaveSingleItem().History.Select(h => h.Year).ShouldBe([2023, 2022]);
    }

    [Fact]
    public async Task ReplacingThePartsOfAStoredCardKeepsOnlyTheNewOnes()
    {
        var card = await NewCardAsync();

        await using (var db = await database.NewContextAsync())
        {
            var objective = await db.Objectives.SingleAsync(o => o.Id == card.Objective.Id);
            objective.SetPhases([new PhaseDraft("Unica fase", new DateOnly(2024, 6, 30), Completed: true)]);
            objective.SetMandateLines([card.Lines[1]]);
            objective.SetStaff([]);
            objective.SetAchievementRule(new AchievementRule(AchievementRuleKind.Milestone, [new AchievementStep("Approvazione", 100m)]));
            objective.ReviseIndicator(objective.Indicators[0].Id, new IndicatorDraft("Registri informatizzati", History: [new IndicatorHistoryValue(2023, "45%")]));
            await db.SaveChangesAsync();
        }

        var stored = await StoredAsync(card.Objective.Id);
        stored.Phases.Select(p => (p.Order, p.Title, p.Completed)).ShouldBe([(1, "Unica fase", true)]);
        stored.MandateLines.Select(l => l.MandateLineId).ShouldBe([card.Lines[1].Id]);
        stored.Staff.ShouldBeEmpty();
        stored.AchievementRule!.Kind.ShouldBe(AchievementRuleKind.Milestone);
        stored.AchievementRule.Steps.Select(s => s.Label).ShouldBe(["Approvazione"]);
        stored.Indicators.ShouldHaveSingleItem().History.Select(h => (h.Year, h.Value)).ShouldBe([(2023, "45%")]);
        (await StepRowsAsync(card.Objective.Id)).ShouldBe(1, "the replaced rule's steps are deleted");
    }

    [Fact]
    public async Task PhasesAddedToAStoredObjectiveWithoutPhasesAreStored()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var id = plan.FirstUnitObjective.Id;

        await using (var db = await database.NewContextAsync())
        {
            var objective = await db.Objectives.SingleAsync(o => o.Id == id);
            objective.SetPhases([new PhaseDraft("Predisposizione bozza"), new PhaseDraft("Approvazione", new DateOnly(2024, 12, 31))]);
            await db.SaveChangesAsync();
        }

        (await StoredAsync(id)).Phases.OrderBy(p => p.Order).Select(p => (p.Order, p.Title))
            .ShouldBe([(1, "Predisposizione bozza"), (2, "Approvazione")]);
    }

    [Fact]
    public async Task AYearAddedToTheHistoryOfAStoredIndicatorIsStored()
    {
        var card = await NewCardAsync();

        await using (var db = await database.NewContextAsync())
        {
            var objective = await db.Objectives.SingleAsync(o => o.Id == card.Objective.Id);
            var indicator = objective.Indicators.Single();
            objective.ReviseIndicator(indicator.Id, new IndicatorDraft(indicator.Name, indicator.FormulaText, indicator.Unit, indicator.Polarity,
                indicator.Target, History: [.. indicator.History, new IndicatorHistoryValue(2021, "10%")]));
            await db.SaveChangesAsync();
        }

        (await StoredAsync(card.Objective.Id)).Indicators.Single().History.Select(h => h.Year).ShouldBe([2023, 2022, 2021]);
    }

    [Fact]
    public async Task RemovingAStoredIndicatorRenumbersTheOthersKeepingTheirOrder()
    {
        // Indicators added in the same millisecond get version-7 ids in random order, and they load in id order:
        // renumbering must follow the indicators' Order, not the position they happened to load in.
        var card = await NewCardAsync();
        var added = Enumerable.Range(2, 12).Select(n => $"Indicatore {n}").ToList();
        await using (var db = await database.NewContextAsync())
        {
            var objective = await db.Objectives.SingleAsync(o => o.Id == card.Objective.Id);
            added.ForEach(name => objective.AddIndicator(new IndicatorDraft(name)));
            await db.SaveChangesAsync();
        }

        await using (var db = await database.NewContextAsync())
        {
            var objective = await db.Objectives.SingleAsync(o => o.Id == card.Objective.Id);
            objective.RemoveIndicator(objective.Indicators.Single(i => i.Order == 1).Id);
            await db.SaveChangesAsync();
        }

        (await StoredAsync(card.Objective.Id)).Indicators.OrderBy(i => i.Order).Select(i => (i.Order, i.Name))
            .ShouldBe(added.Select((name, i) => (i + 1, name)));
    }

    [Fact]
    public async Task EveryPartIsStoredWithTheEnteOfItsObjective()
    {
        var card = await NewCardAsync();

        foreach (var table in new[] { "YearTargets", "Indicators", "Phases", "ObjectiveStaff", "ObjectiveContributions", "ObjectiveMandateLines", "ObjectiveBudgetLinks", "ObjectiveAchievementRules", "ObjectiveWeightingGrids" })
        {
            (await TenantsAsync($"SELECT DISTINCT \"MunicipalityId\" FROM \"{table}\" WHERE \"ObjectiveId\" = @id", card.Objective.Id))
                .ShouldBe([card.Plan.Municipality.Id], table);
        }

        (await TenantsAsync("""SELECT DISTINCT s."MunicipalityId" FROM "ObjectiveAchievementSteps" s JOIN "ObjectiveAchievementRules" r ON r."ObjectiveId" = s."AchievementRuleObjectiveId" WHERE r."ObjectiveId" = @id""", card.Objective.Id))
            .ShouldBe([card.Plan.Municipality.Id], "ObjectiveAchievementSteps");
        (await TenantsAsync("""SELECT DISTINCT h."MunicipalityId" FROM "IndicatorHistory" h JOIN "Indicators" i ON i."Id" = h."IndicatorId" WHERE i."ObjectiveId" = @id""", card.Objective.Id))
            .ShouldBe([card.Plan.Municipality.Id], "IndicatorHistory");
    }

    private async Task<List<Guid>> TenantsAsync(string sql, Guid objectiveId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", objectiveId);
        await using var reader = await command.ExecuteReaderAsync();
        var tenants = new List<Guid>();
        while (await reader.ReadAsync())
        {
            tenants.Add(reader.GetGuid(0));
        }

        return tenants;
    }

    private async Task<int> StepRowsAsync(Guid objectiveId) =>
        (await TenantsAsync("""SELECT "MunicipalityId" FROM "ObjectiveAchievementSteps" WHERE "AchievementRuleObjectiveId" = @id""", objectiveId)).Count;

    private async Task<Objective> StoredAsync(Guid id)
    {
        await using var db = await database.NewContextAsync();
        return await db.Objectives.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private async Task<Card> NewCardAsync()
    {
        var plan = await new TestPlan().Unit("VI").SaveAsync(database.ContextFactory);
        var unit = plan.Units[0];
        var lines = new List<MandateLine>
        {
            new(plan.Municipality.Id, "6", "BUON ANDAMENTO E IMPARZIALITA' AMMINISTRAZ., TRASPARENZA", 1),
            new(plan.Municipality.Id, "3", "CASSANO VERDE", 2),
        };
        var dupCode = new DupCode(plan.Municipality.Id, "60000004");
        var programme = new BudgetProgramme(plan.Municipality.Id, "0.1", "0.2", "Servizi istituzionali, generali e di gestione", "Segreteria generale");
        var employee = new Person(plan.Municipality.Id, null, "Anna", "Istruttrice");
        var objective = new Objective(plan.Cycle, ObjectiveLevel.Operational, ObjectiveKind.Unit, 4, "Informatizzazione dei Registri dello Stato Civile", unit);
        objective.SetWeight(12.5m);
        objective.Schedule(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), null);
        objective.SetDupCode(dupCode);
        objective.SetMandateLines(lines);
        objective.SetBudgetProgrammes([programme]);
        objective.AddIndicator(new IndicatorDraft("Registri informatizzati", "[Registri informatizzati/Registri]*100", IndicatorUnit.Percent,
            Polarity.HigherIsBetter, "95%", History: [new IndicatorHistoryValue(2022, "20%"), new IndicatorHistoryValue(2023, "40%")]));
        objective.SetYearTarget(plan.Cycle, 2024, 100m);
        objective.SetYearTarget(plan.Cycle, 2025, null, notApplicable: true);
        objective.SetYearTarget(plan.Cycle, 2026, null, notApplicable: true);
        objective.SetPhases([new PhaseDraft("Ricognizione", new DateOnly(2024, 3, 31)), new PhaseDraft("Scansione")]);
        objective.SetStaff([employee]);
        objective.SetContributions([new ContributionDraft(unit.Id, 100m)]);
        objective.SetAchievementRule(new AchievementRule(AchievementRuleKind.NumericThreshold,
            [new AchievementStep("almeno il 75%", 100m, 75m), new AchievementStep("almeno il 40%", 50m, 40m)], "%"));
        objective.SetWeightingGrid(new WeightingGrid(RatingLevel.High, RatingLevel.Medium, RatingLevel.Low, RatingLevel.High));

        await using var db = await database.NewContextAsync();
        db.MandateLines.AddRange(lines);
        db.DupCodes.Add(dupCode);
        db.BudgetProgrammes.Add(programme);
        db.People.Add(employee);
        db.Objectives.Add(objective);
        await db.SaveChangesAsync();
        return new Card(plan, unit, objective, lines, programme, employee);
    }

    private sealed record Card(TestPlan Plan, OrgUnit Unit, Objective Objective, List<MandateLine> Lines, BudgetProgramme Programme, Person Employee);
}
