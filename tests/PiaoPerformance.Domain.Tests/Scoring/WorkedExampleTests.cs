using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Tests.Scoring;

// SPEC §6, the worked examples as executable tests, numbers and all (Examples 1, 2, 3, 4, 8 and 12; the others are
// rewards, calendar and weighting-grid rules).
public sealed class WorkedExampleTests
{
    private static SheetBuilder Example1() => SheetBuilder.Dipendente()
        .Ente(96m)
        .Objective("O1", 50m, 100m)
        .Objective(new ObjectiveInput("O2", 30m, AchievementInput.Milestone(
            new AchievementRule(AchievementRuleKind.Milestone, [new("Approvazione", 100m), new("Predisposizione bozza", 75m)]),
            "Predisposizione bozza")))
        .Objective("O3", 20m, 100m)
        .Behaviour(5, 4, 5, 4, 5, 4, 5, 4, 5, 4);

    [Fact]
    public void Example1EmployeeScoresNinetyTwoPointOneTwoFiveAndIsOttima()
    {
        var result = Example1().Score();

        result.Objectives.Select(o => o.WeightedScore).ShouldBe([50m, 22.5m, 20m]);
        result.ObjectivesSum.ShouldBe(92.5m);
        result.A.ShouldBe(24m);
        result.B.ShouldBe(23.125m);
        result.C.ShouldBe(45m);
        result.D.ShouldBe(92.125m);
        result.DAfterSanctions.ShouldBe(92.125m);
        result.Band!.Label.ShouldBe("PERFORMANCE OTTIMA");
        result.Band.PayPct.ShouldBe(100m);
        result.Negative.ShouldBeFalse();
        result.Evaluable.ShouldBeTrue();
    }

    [Fact]
    public void Example1WithAFineDropsToTheEightyBandAndPaysEightHundred()
    {
        var result = Example1().Sanctions(fine: 1).Pay(1000m).Score();

        result.D.ShouldBe(92.125m);
        result.SanctionCutPct.ShouldBe(5m);
        result.DAfterSanctions.ShouldBe(87.51875m);
        result.Band!.Label.ShouldBe("PERFORMANCE BUONA");
        result.Band.PayPct.ShouldBe(80m);
        result.Pay.ShouldBe(800.00m);
    }

    [Fact]
    public void Example1WithAReprimandAndAFineAddsTheCutsByDefault()
    {
        var result = Example1().Sanctions(writtenReprimand: 1, fine: 1).Score();

        result.SanctionCutPct.ShouldBe(8m);
        result.DAfterSanctions.ShouldBe(84.755m);
        result.Band!.PayPct.ShouldBe(80m);
    }

    [Fact]
    public void Example1WithAReprimandAndAFineMultipliesTheFactorsAsAnOption()
    {
        var result = Example1()
            .Sanctions(writtenReprimand: 1, fine: 1)
            .Options(new ScoringOptions { SanctionCombination = SanctionCombination.Multiplicative })
            .Score();

        result.DAfterSanctions.ShouldBe(84.8931875m);
        result.SanctionCutPct.ShouldBe(7.85m);
        result.Band!.PayPct.ShouldBe(80m);
    }

    [Fact]
    public void Example1ExplainsEachStepInItalian()
    {
        var lines = Example1().Sanctions(fine: 1).Pay(1000m).Score().Explanation;

        lines.ShouldContain("Obiettivo O2: traguardo raggiunto «Predisposizione bozza» → 75 % (SPEC §2.3).");
        lines.ShouldContain("Obiettivo O2: punteggio ponderale = 75 % × peso 30 / 100 = 22,50.");
        lines.ShouldContain("S = 50,00 + 22,50 + 20,00 = 92,50 (somma dei punteggi ponderali, massimo 100; SPEC §3.2).");
        lines.ShouldContain("Componente A = 96 × 25 % = 24,00 (performance di ente validata dal NIV; SPEC §3.2).");
        lines.ShouldContain("Componente B = S × 25 % = 92,50 × 25 % = 23,125 (SPEC §3.2).");
        lines.ShouldContain("Componente C = 5 + 4 + 5 + 4 + 5 + 4 + 5 + 4 + 5 + 4 = 45 su 50 (comportamenti organizzativi e competenze; SPEC §3.3).");
        lines.ShouldContain("D = A + B + C = 24,00 + 23,125 + 45,00 = 92,125 (SPEC §3.2).");
        lines.ShouldContain("Sanzione: 1 multa nell'anno → riduzione del 5 % (SPEC §4.9).");
        lines.ShouldContain("Riduzioni cumulate per somma: 5 % = 5 % → D = 92,125 × (100 % − 5 %) = 87,5188 (SPEC §4.9).");
        lines.ShouldContain("Fascia: D = 87,5188 ≥ 80 → PERFORMANCE BUONA, 80 % del premio (SPEC §4.1).");
        lines.ShouldContain("Premio: massimo € 1.000,00 × 80 % (fascia) = € 800,00.");
        lines.ShouldContain("Importo finale arrotondato al centesimo: € 800,00 (SPEC §4.17).");
    }

    private static SheetBuilder Example2() => SheetBuilder.Dirigente()
        .Ente(90m)
        .Objective("O1", null, 100m)
        .Objective("O2", null, 100m)
        .Objective("O3", null, 50m)
        .Behaviour(4, 4, 3, 4, 5, 4, 4, 3);

    [Fact]
    public void Example2DirigenteWithEqualWeightsScoresEightyThreeAndAThird()
    {
        var result = Example2().Score();

        result.Objectives.Select(o => o.EffectiveWeight).ShouldAllBe(w => Math.Abs(w - 100m / 3m) < 1e-25m);
        result.A.ShouldBe(31.5m);
        result.ObjectivesSum.ShouldBe(250m / 3m, 1e-20m);
        result.B.ShouldBe(250m / 3m * 0.25m, 1e-20m);
        result.C.ShouldBe(31m);
        result.D.ShouldBe(31.5m + 250m / 12m + 31m, 1e-20m);
        Math.Round(result.D, 4).ShouldBe(83.3333m);
        result.Band!.PayPct.ShouldBe(100m);
    }

    [Fact]
    public void Example2PaysSevenThousandSevenHundredWithInterimAndTheGate()
    {
        var result = Example2().Pay(10_000m, interimIncrease: true, paymentTimesMet: false).Score();

        result.Pay.ShouldBe(7_700.00m);
        result.Explanation.ShouldContain("Maggiorazione per incarico ad interim: × 1,10 (SPEC §4.8) = € 7.700,00.");
    }

    [Fact]
    public void Example2VariantAtSixtyPaysThreeThousandEightHundredFifty()
    {
        // D = 60: A = 60 × 35 % = 21, B = 60 × 25 % = 15, C = 24.
        var result = SheetBuilder.Dirigente()
            .Ente(60m)
            .Objective("O1", null, 60m)
            .Behaviour(3, 3, 3, 3, 3, 3, 3, 3)
            .Pay(10_000m, interimIncrease: true, paymentTimesMet: false)
            .Score();

        result.D.ShouldBe(60m);
        result.Band!.PayPct.ShouldBe(50m);
        result.Pay.ShouldBe(3_850.00m);
    }

    // S0 Settore I: SO1 (10 %) split 4/2/4, SO2 (payment times) 30, settore objectives 15, 15, 10, 10, 10.
    private static SheetBuilder Example3(bool excludePaymentTimes)
    {
        var initiatives = new AchievementRule(AchievementRuleKind.NumericThreshold,
            [new("Realizzazione di almeno n. 2 iniziative annue", 100m, 2m), new("Realizzazione di almeno n. 1 iniziativa annua", 50m, 1m)],
            "iniziative");
        return SheetBuilder.Dirigente()
            .Objective("SO1.1", 4m, 100m)
            .Objective("SO1.2", 2m, 100m)
            .Objective(new ObjectiveInput("SO1.3", 4m, AchievementInput.Proportional(90m, 100m)))
            .Objective(new ObjectiveInput("SO2", 30m, AchievementInput.Direct(100m)) { Excluded = excludePaymentTimes, ExclusionReason = "nessuna fattura di competenza, S0:22" })
            .Objective("OP1", 15m, 100m)
            .Objective("OP2", 15m, 100m)
            .Objective("OP3", 10m, 100m)
            .Objective(new ObjectiveInput("OP4", 10m, AchievementInput.Threshold(initiatives, 1m)))
            .Objective("OP5", 10m, 100m);
    }

    [Fact]
    public void Example3ExcludingThePaymentTimesObjectiveGivesNinetyTwoPointTwoEightFiveSeven()
    {
        var result = Example3(excludePaymentTimes: true).Score();

        result.Objectives.Select(o => Math.Round(o.EffectiveWeight, 4))
            .ShouldBe([5.7143m, 2.8571m, 5.7143m, 0m, 21.4286m, 21.4286m, 14.2857m, 14.2857m, 14.2857m]);
        result.Objectives.Select(o => o.OriginalWeight).ShouldBe([4m, 2m, 4m, 30m, 15m, 15m, 10m, 10m, 10m]);
        result.Objectives.Sum(o => o.EffectiveWeight).ShouldBe(100m, 1e-20m);
        result.Objectives.Select(o => Math.Round(o.WeightedScore, 4))
            .ShouldBe([5.7143m, 2.8571m, 5.1429m, 0m, 21.4286m, 21.4286m, 14.2857m, 7.1429m, 14.2857m]);
        result.Objectives[3].AchievementPct.ShouldBeNull();
        Math.Round(result.ObjectivesSum, 4).ShouldBe(92.2857m);
        result.Explanation.ShouldContain(
            "Obiettivo SO2 escluso (nessuna fattura di competenza, S0:22): peso 30 ridistribuito proporzionalmente sugli altri (× 100/70) (SPEC §2.7).");
    }

    [Fact]
    public void Example3WithoutTheExclusionGivesNinetyFourPointSix() =>
        Example3(excludePaymentTimes: false).Score().ObjectivesSum.ShouldBe(94.6m);

    private static SheetBuilder Example4(bool functionExercised)
    {
        var draftOrApproval = new AchievementRule(AchievementRuleKind.Milestone,
            [new("Approvazione", 100m), new("Predisposizione bozza e proposta di deliberazione", 75m)]);
        return SheetBuilder.Segretario()
            .Objective("1", 25m, 100m)
            .Objective(new ObjectiveInput("2", 15m, AchievementInput.Milestone(draftOrApproval, "Predisposizione bozza e proposta di deliberazione")))
            .Objective("3", 10m, 100m)
            .Objective("4", 15m, 100m)
            .Objective("5", 15m, 100m)
            .Objective("6", 10m, 100m)
            .Objective(new ObjectiveInput("7", 10m, functionExercised ? AchievementInput.Direct(100m) : null) { ContingentNotExercised = !functionExercised });
    }

    [Fact]
    public void Example4SegretarioWithTheOptionalFunctionNotExercisedScoresNinetyFivePointEightThreeThreeThree()
    {
        var result = Example4(functionExercised: false).Score();

        result.Objectives.Take(6).Select(o => Math.Round(o.EffectiveWeight, 4))
            .ShouldBe([27.7778m, 16.6667m, 11.1111m, 16.6667m, 16.6667m, 11.1111m]);
        result.Objectives[6].EffectiveWeight.ShouldBe(0m);
        result.Objectives[6].OriginalWeight.ShouldBe(10m);
        result.ObjectivesSum.ShouldBe(100m - 1500m / 90m * 0.25m, 1e-20m);
        Math.Round(result.ObjectivesSum, 4).ShouldBe(95.8333m);
        result.Explanation.ShouldContain(
            "Obiettivo 7 escluso (funzione eventuale non esercitata, SPEC §2.8): peso 10 ridistribuito proporzionalmente sugli altri (× 100/90) (SPEC §2.7).");
    }

    [Fact]
    public void Example4WithTheOptionalFunctionExercisedScoresNinetySixPointTwoFive() =>
        Example4(functionExercised: true).Score().ObjectivesSum.ShouldBe(96.25m);

    [Fact]
    public void Example8RetiringOnThirtyFirstAugustGetsTwoHundredFortyFourDaysOfNineHundred()
    {
        var result = SheetBuilder.Dipendente()
            .Service(new ServiceInput { To = new DateOnly(2024, 8, 31) })
            .Pay(900m)
            .Score();

        result.Band!.PayPct.ShouldBe(100m);
        result.ServiceFactor.ShouldBe(244m / 366m);
        Math.Round(result.ServiceFactor, 4).ShouldBe(0.6667m);
        result.Pay.ShouldBe(600.00m);
        result.Explanation.ShouldContain("Riproporzionamento per il servizio prestato: × 244/366 (SPEC §4.10) = € 600,00.");
    }

    [Fact]
    public void Example8ProratesByWholeMonthsAsAnOption()
    {
        var result = SheetBuilder.Dipendente()
            .Service(new ServiceInput { To = new DateOnly(2024, 8, 31) })
            .Pay(900m)
            .Options(new ScoringOptions { ProrationBasis = ProrationBasis.Months })
            .Score();

        result.ServiceFactor.ShouldBe(8m / 12m);
        result.Pay.ShouldBe(600.00m);
    }

    [Fact]
    public void Example8HiredOnFifteenthOctoberIsNotEvaluatedAndGetsNothing()
    {
        var result = SheetBuilder.Dipendente()
            .Service(new ServiceInput { From = new DateOnly(2024, 10, 15) })
            .Pay(900m)
            .Score();

        result.Evaluable.ShouldBeFalse();
        result.Band.ShouldBeNull();
        result.Negative.ShouldBeFalse();
        result.Pay.ShouldBe(0m);
        result.NotEvaluableReason.ShouldBe("presenza in servizio inferiore alla soglia minima (SPEC §4.11)");
        result.Explanation.ShouldContain("Soglia di presenza: 3 mesi dal 15/10/2024 = 92 giorni.");
        result.Explanation.ShouldContain("Presenza minima (SPEC §4.11): 78 giorni < soglia di 92 giorni → non valutabile, nessun trattamento incentivante.");
    }

    [Fact]
    public void Example8HiredOnFifteenthOctoberIsEvaluatedInAProtectedCase()
    {
        var result = SheetBuilder.Dipendente()
            .Service(new ServiceInput { From = new DateOnly(2024, 10, 15), ProtectedAbsence = true })
            .Pay(900m)
            .Score();

        result.Evaluable.ShouldBeTrue();
        result.Pay.ShouldBe(Math.Round(900m * 78m / 366m, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Example12EqHolderScoresEightyThreeAndGetsFullResultPay()
    {
        var result = SheetBuilder.Eq()
            .Ente(90m)
            .Objective("O1", 40m, 100m)
            .Objective("O2", 30m, 50m)
            .Objective("O3", 30m, 100m)
            .Behaviour(4, 3, 4, 3, 4, 4)
            .Score();

        result.A.ShouldBe(27m);
        result.ObjectivesSum.ShouldBe(85m);
        result.B.ShouldBe(34m);
        result.C.ShouldBe(22m);
        result.D.ShouldBe(83m);
        result.Band!.PayPct.ShouldBe(100m);
        result.Band.Label.ShouldBe("PERFORMANCE PIENA");
    }
}
