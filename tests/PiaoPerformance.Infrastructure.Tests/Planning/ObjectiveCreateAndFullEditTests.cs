using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Planning;

/// <summary>A responsabile creates an operational objective of their unit and edits every part of the card in one save.</summary>
public sealed class ObjectiveCreateAndFullEditTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private ObjectiveEditService Edits => database.Get<ObjectiveEditService>();

    private PlanQueries Queries => database.Get<PlanQueries>();

    [Fact]
    public async Task AResponsabileCreatesAnOperationalObjectiveWithTheWholeCardInOneSave()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var highest = plan.ObjectivesOf("I").Max(o => o.Number);

        var (id, version) = await Edits.CreateAsync(head, new ObjectiveCreate(plan.Cycle.Id, UnitId(plan, "I"), FullCard("Nuovo sportello digitale")));

        var card = await ReadAsync(head, id);
        card.Version.ShouldBe(version);
        (card.Level, card.Kind, card.Number, card.OwnerUnitId).ShouldBe((ObjectiveLevel.Operational, ObjectiveKind.Unit, highest + 1, UnitId(plan, "I")));
        (card.Title, card.Theme, card.Weight, card.IsContingent).ShouldBe(("Nuovo sportello digitale", "TRANSIZIONE DIGITALE", 10m, true));
        (card.StartDate, card.EndDate, card.EndText).ShouldBe((new DateOnly(2024, 1, 1), (DateOnly?)null, "31/12 di ogni anno"));
        card.Indicators.Select(i => (i.Name, i.Unit, i.Polarity, i.Target)).ShouldBe([
            ("Pratiche online", IndicatorUnit.Percent, Polarity.HigherIsBetter, "75"),
            ("Tempo medio", IndicatorUnit.Count, Polarity.LowerIsBetter, "30")]);
        card.YearTargets.Select(t => (t.Year, t.ExpectedPct, t.NotApplicable)).ShouldBe([(2024, 50m, false), (2025, 100m, false), (2026, null, true)]);
        card.Phases.Select(p => (p.Title, p.DueDate)).ShouldBe([("Analisi", (DateOnly?)new DateOnly(2024, 6, 30)), ("Avvio", (DateOnly?)new DateOnly(2024, 12, 31))]);
        card.AchievementRule.ShouldNotBeNull().Kind.ShouldBe(AchievementRuleKind.NumericThreshold);
        card.AchievementRule.Steps.Select(s => (s.AchievementPct, s.LowerBound)).ShouldBe([(100m, (decimal?)75m), (50m, (decimal?)40m)]);
    }

    [Fact]
    public async Task AResponsabileEditsIndicatorsPhasesAndRuleOfTheirCard()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var (id, version) = await Edits.CreateAsync(head, new ObjectiveCreate(plan.Cycle.Id, UnitId(plan, "I"), FullCard("Da modificare")));
        var before = await ReadAsync(head, id);
        var kept = before.Indicators[1];

        await Edits.UpdateAsync(head, id, FullCard("Modificato") with
        {
            Indicators = [new IndicatorEdit(kept.Id, "Tempo medio di risposta", Unit: IndicatorUnit.Count, Polarity: Polarity.LowerIsBetter, Target: "20")],
            Phases = [new PhaseEdit("Unica fase", new DateOnly(2025, 3, 31))],
            Rule = new RuleEdit(AchievementRuleKind.Binary, []),
            IsContingent = false,
        }, version);

        var after = await ReadAsync(head, id);
        after.Title.ShouldBe("Modificato");
        after.Indicators.Select(i => (i.Id, i.Name, i.Target)).ShouldBe([(kept.Id, "Tempo medio di risposta", "20")]);
        after.Phases.Select(p => p.Title).ShouldBe(["Unica fase"]);
        after.AchievementRule.ShouldNotBeNull().Kind.ShouldBe(AchievementRuleKind.Binary);
        after.IsContingent.ShouldBeFalse();
    }

    [Fact]
    public async Task AnEditThatOmitsTheCardsPartsLeavesThemAlone()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var (id, version) = await Edits.CreateAsync(head, new ObjectiveCreate(plan.Cycle.Id, UnitId(plan, "I"), FullCard("Completo")));

        await Edits.UpdateAsync(head, id, new ObjectiveEdit("Solo il titolo", Weight: 10m), version);

        var after = await ReadAsync(head, id);
        (after.Title, after.Indicators.Count, after.Phases.Count, after.IsContingent).ShouldBe(("Solo il titolo", 2, 2, true));
        after.AchievementRule.ShouldNotBeNull();
    }

    [Fact]
    public async Task AResponsabileCannotCreateAnObjectiveInAnotherUnit()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var denied = await Should.ThrowAsync<AccessDeniedException>(() =>
            Edits.CreateAsync(head, new ObjectiveCreate(plan.Cycle.Id, UnitId(plan, "II"), FullCard("Intruso"))));

        denied.Message.ShouldBe("Non sei responsabile di questa unità.");
        await using var db = await database.NewContextAsync();
        db.Objectives.Count(o => o.PlanCycleId == plan.Cycle.Id && o.Title == "Intruso").ShouldBe(0);
    }

    private static ObjectiveEdit FullCard(string title) => new(
        title, "TRANSIZIONE DIGITALE", "Descrizione", "Servizio attivo", "Relazione del responsabile", 10m,
        [new YearTargetEdit(2024, 50m), new YearTargetEdit(2025, 100m), new YearTargetEdit(2026, null, NotApplicable: true)])
    {
        Schedule = new ScheduleEdit(new DateOnly(2024, 1, 1), null, "31/12 di ogni anno"),
        Indicators =
        [
            new IndicatorEdit(null, "Pratiche online", "pratiche online / pratiche totali", IndicatorUnit.Percent, Polarity.HigherIsBetter, "75", "40", "Protocollo"),
            new IndicatorEdit(null, "Tempo medio", null, IndicatorUnit.Count, Polarity.LowerIsBetter, "30", "45", "Gestionale"),
        ],
        Phases = [new PhaseEdit("Analisi", new DateOnly(2024, 6, 30)), new PhaseEdit("Avvio", new DateOnly(2024, 12, 31))],
        Rule = new RuleEdit(AchievementRuleKind.NumericThreshold, [new RuleStepEdit("Pieno", 100m, 75m), new RuleStepEdit("Parziale", 50m, 40m)], "%"),
        IsContingent = true,
    };

    private static Guid UnitId(TestPlan plan, string code) => plan.Units.Single(u => u.Code == code).Id;

    private async Task<TestPlan> PlanAsync() =>
        await new TestPlan().Unit("I", 30m, 30m).Unit("II", 60m).CrossCutting(40m).WithIndicators().WithSegretario().SaveAsync(database.ContextFactory);

    private async Task<ObjectiveView> ReadAsync(Actor actor, Guid id) => (await Queries.GetObjectiveAsync(actor, id)).ShouldNotBeNull();
}
