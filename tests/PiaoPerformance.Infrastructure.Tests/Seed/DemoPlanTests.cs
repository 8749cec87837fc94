using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Seed;

/// <summary>The demo plan, seeded and read back through <see cref="PlanQueries"/>, against what seed 000 prints.</summary>
public sealed class DemoPlanTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private PlanView Plan => demo.Plan;

    [Fact]
    public async Task TheDemoPlanIsListedAsCassanoPiaoTwentyTwentyFourToTwentySix()
    {
        var summary = (await demo.Get<PlanQueries>().ListPlansAsync(demo.Reader)).ShouldHaveSingleItem();

        summary.Ente.ShouldBe("Comune di Cassano delle Murge");
        (summary.StartYear, summary.EndYear).ShouldBe((2024, 2026));
        summary.Cycle.ShouldBe("PIAO 2024-2026");
        Plan.Years.ShouldBe([2024, 2025, 2026]);
        Plan.Annex.ShouldBe("ALLEGATO A");
    }

    [Fact]
    public void TheEightUnitsComeInTheOrderOfTheDocument()
    {
        Plan.Units.Select(u => u.Code).ShouldBe(["I", "II", "III", "IV", "V", "VI", "PL", "SEG"]);
        Plan.Units.Select(u => u.Kind).ShouldBe([.. Enumerable.Repeat(OrgUnitKind.Settore, 6), OrgUnitKind.SettoreAutonomo, OrgUnitKind.Segreteria]);
    }

    [Fact]
    public void EveryUnitHasTheCardsOfTheDocument()
    {
        Plan.Units.Select(u => u.Objectives.Count).ShouldBe([5, 5, 6, 5, 7, 8, 6, 7]);
        Plan.Units.Sum(u => u.Objectives.Count).ShouldBe(49);
        Plan.Units.SelectMany(u => u.Objectives).ShouldAllBe(o => o.Level == ObjectiveLevel.Operational && o.Kind == ObjectiveKind.Unit);
    }

    [Fact]
    public void EveryCardHasTheNumberWeightAndTitleOfTheDocument()
    {
        foreach (var (code, cards) in Seed000.Units)
        {
            var loaded = Unit(code).Objectives.Select(o => (o.Number, o.Weight, o.Title)).ToList();

            loaded.ShouldBe(cards.Select(c => (c.Number, (decimal?)c.Weight, c.Title)).ToList(), $"Settore {code}");
        }
    }

    [Fact]
    public void EveryCardHasTheExpectedPercentagesOfTheDocumentWithSlashesWhereNotApplicable()
    {
        foreach (var (code, cards) in Seed000.Units)
        {
            var loaded = Unit(code).Objectives.Select(o => $"{o.Number}: {Targets(o)}").ToList();

            loaded.ShouldBe(cards.Select(c => $"{c.Number}: {c.Targets}").ToList(), $"Settore {code}");
        }
    }

    [Fact]
    public void SettoreIObjectiveOneIsFiftyFiftyAndNotApplicableIn2026()
    {
        var targets = Unit("I").Objectives[0].YearTargets;

        targets.ShouldBe([new YearTargetView(2024, false, 50m, null), new YearTargetView(2025, false, 50m, null), new YearTargetView(2026, true, null, null)]);
    }

    [Fact]
    public void EveryResponsabileTotalsSixtyOwnPlusFortyCrossCutting()
    {
        var responsabili = Plan.Units.Where(u => u.Code != "SEG").SelectMany(u => u.WeightTotals).ToList();

        responsabili.Count.ShouldBe(8, "one per settore, two in Settore VI");
        responsabili.ShouldAllBe(w => w.OwnWeight == 60m && w.CrossCuttingWeight == 40m && w.Total == 100m && w.Missing == 0m);
        responsabili.ShouldAllBe(w => w.IsComplete && w.Mode == WeightingMode.Explicit && !w.IsSecretary);
    }

    [Fact]
    public void TheSegretarioTotalsHundredOnHisOwnObjectives()
    {
        var segretario = Unit("SEG").WeightTotals.ShouldHaveSingleItem();

        segretario.IsSecretary.ShouldBeTrue();
        segretario.ObjectiveCount.ShouldBe(7);
        segretario.OwnWeight.ShouldBe(100m);
        segretario.CrossCuttingWeight.ShouldBe(0m);
        segretario.Total.ShouldBe(100m);
        segretario.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public void SettoreViSplitsItsCardsBetweenItsTwoInterimHeadsLimitedToTheirServices()
    {
        var settoreVi = Unit("VI");
        var cultura = settoreVi.Managers.Single(m => m.ScopeServices.Contains("Turismo"));
        var suap = settoreVi.Managers.Single(m => m.ScopeServices.Contains("Suap Commercio"));

        cultura.ScopeServices.ShouldBe(
            ["Anagrafe", "Stato civile", "elettorale", "Aire", "Statistica", "Turismo", "Sport e tempo libero", "Marketing territoriale",
             "Pubblica istruzione e servizi scolastici"]);
        suap.ScopeServices.ShouldBe(["Attività produttive", "Suap Commercio"]);
        settoreVi.Managers.ShouldAllBe(m => m.IsInterim && m.To == null && m.From == new DateOnly(2024, 1, 1));
        settoreVi.WeightTotals.Select(w => (w.ResponsiblePersonId, w.ObjectiveCount, w.OwnWeight, w.Total))
            .ShouldBe([(cultura.PersonId, 6, 60m, 100m), (suap.PersonId, 2, 60m, 100m)]);
    }

    [Fact]
    public void SettoreViHeadsAreTheHeadsOfSettoreIAndSettoreIii()
    {
        var settoreVi = Unit("VI").Managers;

        settoreVi.Single(m => m.ScopeServices.Contains("Turismo")).PersonId.ShouldBe(Unit("I").Managers.ShouldHaveSingleItem().PersonId);
        settoreVi.Single(m => m.ScopeServices.Contains("Suap Commercio")).PersonId.ShouldBe(Unit("III").Managers.ShouldHaveSingleItem().PersonId);
    }

    [Fact]
    public void SettoreVHasItsThreeHeadsWithThePeriodsOfTheDocument()
    {
        var settoreV = Unit("V");

        settoreV.Managers.Select(m => (m.From, m.To, m.IsInterim)).ShouldBe(
        [
            (new DateOnly(2024, 1, 1), (DateOnly?)new DateOnly(2024, 1, 14), false),
            (new DateOnly(2024, 1, 26), new DateOnly(2024, 3, 4), true),
            (new DateOnly(2024, 3, 5), new DateOnly(2024, 4, 30), false),
        ]);
        settoreV.Managers[1].PersonId.ShouldBe(Unit("III").Managers.Single().PersonId, "the interim is the head of Settore III");
        settoreV.WeightTotals.ShouldHaveSingleItem().People.Count.ShouldBe(3);
    }

    [Fact]
    public void TheCrossCuttingObjectivesWeighTenAndThirtyWithTheirShares()
    {
        var strategic = Plan.CrossCuttingObjectives;

        strategic.Select(o => (o.Number, o.Weight, o.Title)).ShouldBe(
        [
            (1, (decimal?)10m, "PREVENZIONE DELLA CORRUZIONE, TRASPARENZA E LEGALITÀ'"),
            (2, 30m, "ATTUAZIONE PNRR RISPETTO DEI TEMPI DI PAGAMENTO 2024-2026"),
        ]);
        strategic[0].Children.Select(c => c.ShareOfParentPct).ShouldBe([40m, 20m, 40m]);
        strategic[1].Children.Select(c => c.ShareOfParentPct).ShouldBe([100m]);
        strategic.SelectMany(o => o.Children).ShouldAllBe(c => c.Level == ObjectiveLevel.Operational && c.Kind == ObjectiveKind.CrossCutting);
        strategic[0].Children[0].Title.ShouldStartWith("Garantire l'attuazione e il rispetto delle misure previste all'interno della sezione 2.3 del PIAO");
        strategic[1].IsPaymentTimes.ShouldBeTrue();
        strategic[0].IsPaymentTimes.ShouldBeFalse();
    }

    [Fact]
    public void OnlyTheSegretariosSeventhObjectiveIsContingent()
    {
        var contingent = Plan.Units.SelectMany(u => u.Objectives).Where(o => o.IsContingent).ShouldHaveSingleItem();

        contingent.OwnerUnitId.ShouldBe(Unit("SEG").Id);
        contingent.Number.ShouldBe(7);
        contingent.Title.ShouldStartWith("Esercizio Funzioni suppletive di gestione*");
    }

    [Fact]
    public void SettoreIvObjectiveFiveIsGradedOnThresholdsSeventyFiveFortyZeroBestFirst()
    {
        // AchievementRule keeps its steps best first; the card lists them in that order, as the document does (S0:283).
        var rule = Unit("IV").Objectives[4].AchievementRule.ShouldNotBeNull();

        rule.Kind.ShouldBe(AchievementRuleKind.NumericThreshold);
        rule.MeasureUnit.ShouldBe("%");
        rule.Steps.Select(s => (s.LowerBound, s.AchievementPct)).ShouldBe([((decimal?)75m, 100m), (40m, 50m), (0m, 0m)]);
        rule.Steps[0].Label.ShouldBe("Attivazione di almeno il 75% delle procedure concorsuali/selettive previste");
    }

    [Fact]
    public void TheOtherGradedRulesOfTheDocumentAreLoaded()
    {
        var settoreIi = Unit("II").Objectives;
        settoreIi[0].AchievementRule!.Kind.ShouldBe(AchievementRuleKind.Milestone);
        settoreIi[0].AchievementRule!.Steps.Select(s => s.AchievementPct).ShouldBe([100m, 75m]);

        var duc = Unit("VI").Objectives.Single(o => o.Title.StartsWith("Avvio attività del DUC", StringComparison.Ordinal)).AchievementRule!;
        duc.Steps.Select(s => (s.LowerBound, s.AchievementPct)).ShouldBe([((decimal?)3m, 100m), (2m, 70m), (1m, 30m)]);

        Plan.CrossCuttingObjectives[0].Children[2].AchievementRule!.Kind.ShouldBe(AchievementRuleKind.Proportional);

        var graded = Plan.Units.SelectMany(u => u.Objectives).Count(o => o.AchievementRule is not null);
        graded.ShouldBe(12, "milestones II 1, 2, 4, 5, IV 4, PL 4, SEG 2, 4; thresholds I 2, I 4, IV 5, VI DUC");
    }

    [Fact]
    public void ACardCarriesItsScheduleMandateLinesAndDupCode()
    {
        var settoreIv = Unit("IV").Objectives[0];
        var segretario = Unit("SEG").Objectives[0];
        var settoreI = Unit("I").Objectives[1];

        settoreIv.MandateLines.ShouldBe(["BUON ANDAMENTO E IMPARZIALITA' AMMINISTRAZ., TRASPARENZA", "CASSANO VERDE"]);
        settoreIv.DupCode.ShouldBe("60000004");
        settoreIv.Theme.ShouldBe("RAFFORZARE LA MACCHINA AMMINISTRATIVA");
        (settoreIv.StartDate, settoreIv.EndDate).ShouldBe((new DateOnly(2024, 1, 1), (DateOnly?)new DateOnly(2024, 12, 31)));
        (settoreI.EndDate, settoreI.EndText).ShouldBe((null, "31.12 di ciascun anno"));
        segretario.EndText.ShouldBe("Termine di legge");
    }

    [Fact]
    public async Task OneCardReadsTheSameAloneAsInsideThePlan()
    {
        var inPlan = Unit("IV").Objectives[4];

        var alone = (await demo.Get<PlanQueries>().GetObjectiveAsync(demo.Reader, inPlan.Id)).ShouldNotBeNull();

        alone.Title.ShouldBe(inPlan.Title);
        alone.OwnerUnit.ShouldBe(inPlan.OwnerUnit);
        alone.MandateLines.ShouldBe(inPlan.MandateLines);
        alone.YearTargets.ShouldBe(inPlan.YearTargets);
        alone.AchievementRule!.Steps.ShouldBe(inPlan.AchievementRule!.Steps);
    }

    private static string Targets(ObjectiveView objective) =>
        string.Join("|", objective.YearTargets.Select(t => t.NotApplicable ? "//" : $"{t.ExpectedPct:0.##}"));

    private UnitView Unit(string code) => Plan.Units.Single(u => u.Code == code);
}
