using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Tests.Measurement;

public sealed class AchievementPrefillTests
{
    /// <summary>S0:283: ≥ 75 → 100 %, 40 ≤ x &lt; 75 → 50 %, &lt; 40 → 0 %.</summary>
    private static readonly AchievementRule Recruitment = new(AchievementRuleKind.NumericThreshold,
    [
        new AchievementStep("Attivazione di almeno il 75% delle procedure", 100m, 75m),
        new AchievementStep("Attivazione di percentuali inferiori e fino al 40%", 50m, 40m),
        new AchievementStep("Attivazione di percentuali inferiori al 40%", 0m, 0m),
    ], "%");

    /// <summary>S0:103: approval 100 %, draft 75 %.</summary>
    private static readonly AchievementRule Regulation = new(AchievementRuleKind.Milestone,
    [
        new AchievementStep("Approvazione delle modifiche/nuovo testo regolamentare", 100m),
        new AchievementStep("Predisposizione bozza e proposta di deliberazione", 75m),
    ]);

    [Theory]
    [InlineData(80, 100)]
    [InlineData(75, 100)]
    [InlineData(60, 50)]
    [InlineData(40, 50)]
    [InlineData(39.9, 0)]
    public void AThresholdRuleProposesTheStepTheReportedValueReaches(decimal measured, decimal expected)
    {
        var report = Reported(measuredValue: measured);

        var (pct, explanation) = AchievementPrefill.Compute(Recruitment, report);

        pct.ShouldBe(expected);
        explanation.ShouldHaveSingleItem().ShouldContain("(SPEC §2.3)");
    }

    [Fact]
    public void AMilestoneRuleProposesTheStepReportedAsReached()
    {
        var (pct, explanation) = AchievementPrefill.Compute(Regulation, Reported(reachedStep: "Predisposizione bozza e proposta di deliberazione"));

        pct.ShouldBe(75m);
        explanation.ShouldHaveSingleItem().ShouldBe("Obiettivo: traguardo raggiunto «Predisposizione bozza e proposta di deliberazione» → 75 % (SPEC §2.3).");
    }

    [Fact]
    public void AMilestoneTheCardDoesNotListLeavesTheValueToTheNiv()
    {
        var (pct, explanation) = AchievementPrefill.Compute(Regulation, Reported(reachedStep: "Qualcos'altro"));

        pct.ShouldBeNull();
        explanation[^1].ShouldBe("Il risultato rendicontato non basta ad applicare la regola dell'obiettivo: il NIV indica il valore.");
    }

    [Fact]
    public void WithoutARuleTheReportedRealizzataIsProposed()
    {
        AchievementPrefill.Compute(null, Reported(realizedPct: 90m)).Pct.ShouldBe(90m);
    }

    [Fact]
    public void NothingIsProposedBeforeTheResponsabileReports()
    {
        AchievementPrefill.Compute(Recruitment, null).Pct.ShouldBeNull();
    }

    private static ObjectiveReport Reported(decimal? realizedPct = null, decimal? measuredValue = null, string? reachedStep = null)
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);
        report.Report(PlanState.Rendicontazione, realizedPct, measuredValue, reachedStep, "Relazione", []);
        return report;
    }
}
