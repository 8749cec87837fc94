using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Scoring;

/// <summary>SPEC §4.16: the sheet's pay in the S2 money-share model (weights are shares of the money).</summary>
public sealed class MoneySharePayTests
{
    private static readonly ScoringOptions MoneyShare = new() { WeightModel = WeightModel.MoneyShare };

    /// <summary>Example 11: ITP 30 % (not met), PEG 60 % at 90 %, PA digitale 10 % at 100 %.</summary>
    private static SheetBuilder SettoreTecnico(EvaluatedRole role, bool? paymentTimesMet = false) =>
        SheetBuilder.For(role)
            .Objective(new ObjectiveInput("ITP", 30m, AchievementInput.Direct(100m)) { IsPaymentTimes = true })
            .Objective("PEG", 60m, 90m)
            .Objective("PA digitale", 10m, 100m)
            .Pay(3_000m, paymentTimesMet: paymentTimesMet)
            .Options(MoneyShare);

    [Theory]
    [InlineData(EvaluatedRole.Eq)]
    [InlineData(EvaluatedRole.Dirigente)]
    public void Example11ResponsabileGetsSixtyFourPercentOfTheAllowance(EvaluatedRole role)
    {
        var result = SettoreTecnico(role).Score();

        result.Pay.ShouldBe(1_920m);
        result.Explanation.ShouldContain(l => l.Contains("Quota dell'indennità spettante: 64 % di € 3.000,00 = € 1.920,00."));
        result.Explanation.ShouldContain(l => l.StartsWith("Obiettivo ITP (tempi di pagamento): esito binario, non rispettati", StringComparison.Ordinal));
        result.Explanation.ShouldContain(l => l.Contains("nessuna ulteriore decurtazione del 30 %"));
    }

    [Fact]
    public void TheScoreModelOnTheSameSheetAppliesTheBandAndTheGateInstead()
    {
        // Same objectives in the Cassino model: D is 90 or more → 100 %, then the payment-times gate × 0,70.
        var result = SettoreTecnico(EvaluatedRole.Eq).Options(ScoringOptions.Default).Score();

        result.Pay.ShouldBe(2_100m);
    }

    [Fact]
    public void PaymentTimesMetPaysTheWholeItpShare() =>
        SettoreTecnico(EvaluatedRole.Eq, paymentTimesMet: true).Score().Pay.ShouldBe(2_820m);

    [Fact]
    public void SharesNotTotallingOneHundredAreRefusedWithTheMoneyShareMessage()
    {
        var sheet = SheetBuilder.Eq().Objective("ITP", 30m, 0m).Objective("PEG", 60m, 90m).Objective("PA", 9m, 100m).Pay(3_000m).Options(MoneyShare);

        var error = DomainAssert.Refuses(() => sheet.Score(), "objectives");

        error.Message.ShouldBe(
            "Modello a quote (SPEC §4.16): le quote dell'indennità di risultato degli obiettivi devono sommare a 100 (totale indicato: 99).");
    }

    [Fact]
    public void AnObjectiveWithoutItsShareIsRefused() =>
        DomainAssert.Refuses(
            () => SheetBuilder.Eq().Objective("PEG", 100m, 90m).Objective("PA", null, 100m).Pay(3_000m).Options(MoneyShare).Score(),
            "objectives[1].weight");

    [Fact]
    public void SegretarioPlanObjectivesCoverTenPercentOfTheAllowance()
    {
        // S2:119: "Il totale della indennità di risultato attribuita attraverso gli obiettivi del piano è pari al 10%".
        var result = SheetBuilder.Segretario().Objective("PIAO", 50m, 100m).Objective("Trasparenza", 50m, 60m).Pay(5_000m).Options(MoneyShare).Score();

        // 10 % of 5.000 = 500; 50 % × 100 + 50 % × 60 = 80 % → 400.
        result.Pay.ShouldBe(400m);
        result.Explanation.ShouldContain(l => l.Contains("il restante 90 % è fuori dal piano e non è calcolato qui"));
    }

    [Fact]
    public void TheSegretarioShareIsAnEnteParameter()
    {
        var system = EvaluationSystem.CassinoDefault with { SegretarioPlanSharePct = 20m };

        SheetBuilder.Segretario().Objective("PIAO", 100m, 100m).Pay(5_000m).Options(MoneyShare).Score(system).Pay.ShouldBe(1_000m);
    }

    [Fact]
    public void EmployeeGetsShareOfTheCcdiSumWithASharedObjectiveSplitEqually()
    {
        // S2:197-230: an employee with three objectives at 8 % and PA digitale 10 % shared with one colleague (AMB-18: 5 % each).
        var result = SheetBuilder.Dipendente()
            .Objective("ANSC", 8m, 100m)
            .Objective("Bolgetta", 8m, 100m)
            .Objective("RDC", 8m, 50m)
            .Objective(new ObjectiveInput("PA digitale", 10m, AchievementInput.Direct(100m)) { SharedBy = 2 })
            .Pay(10_000m)
            .Options(MoneyShare)
            .Score();

        // 8 + 8 + 4 + 5 = 25 % of € 10.000,00.
        result.Pay.ShouldBe(2_500m);
        result.Explanation.ShouldContain(l => l.StartsWith("Obiettivo PA digitale comune a 2 persone: quota 10 % / 2 = 5 %", StringComparison.Ordinal));
    }

    [Fact]
    public void EmployeeSharesMayNotExceedTheWholeSum() =>
        DomainAssert.Refuses(
            () => SheetBuilder.Dipendente().Objective("A", 80m, 100m).Objective("B", 30m, 100m).Pay(1_000m).Options(MoneyShare).Score(),
            "objectives");

    [Fact]
    public void AnExcludedObjectiveSharesGoToTheOthersInProportion()
    {
        var result = SheetBuilder.Eq()
            .Objective("PEG", 60m, 90m)
            .Objective(new ObjectiveInput("PA", 40m, null) { Excluded = true })
            .Pay(3_000m)
            .Options(MoneyShare)
            .Score();

        // The only objective left, at 90 %, carries the whole allowance: 90 % of 3.000.
        result.Pay.ShouldBe(2_700m);
    }

    [Fact]
    public void AnUnevaluableSheetEarnsNothing() =>
        SettoreTecnico(EvaluatedRole.Eq).Sanctions(dismissal: true).Score().Pay.ShouldBe(0m);

    [Fact]
    public void DisciplinaryCutsReduceTheAmountInTheMoneyShareModel() =>
        // One written reprimand: −3 % of € 1.920,00.
        SettoreTecnico(EvaluatedRole.Eq).Sanctions(writtenReprimand: 1).Score().Pay.ShouldBe(1_862.40m);
}
