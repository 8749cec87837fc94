using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Tests.Scoring;

public sealed class PayTests
{
    private static SheetBuilder Full(EvaluatedRole role) => SheetBuilder.WithTotal(role, 100m);

    [Fact]
    public void WithoutAMaximumThereIsNoAmount() =>
        Full(EvaluatedRole.Dipendente).Score().Pay.ShouldBeNull();

    [Theory]
    [InlineData(EvaluatedRole.Segretario)]
    [InlineData(EvaluatedRole.Dirigente)]
    [InlineData(EvaluatedRole.Eq)]
    public void MissedPaymentTimesCutManagersPayByThirtyPercentInGateMode(EvaluatedRole role) =>
        Full(role).Pay(1000m, paymentTimesMet: false).Score().Pay.ShouldBe(700m);

    [Fact]
    public void MissedPaymentTimesDoNotCutAnEmployeesPremium() =>
        Full(EvaluatedRole.Dipendente).Pay(1000m, paymentTimesMet: false).Score().Pay.ShouldBe(1000m);

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void MetOrUnassessedPaymentTimesCutNothing(bool? met) =>
        Full(EvaluatedRole.Dirigente).Pay(1000m, paymentTimesMet: met).Score().Pay.ShouldBe(1000m);

    [Fact]
    public void InWeightModeTheThirtyPercentIsNotAppliedTwice()
    {
        var result = Full(EvaluatedRole.Dirigente)
            .Pay(1000m, paymentTimesMet: false)
            .Options(new ScoringOptions { PaymentTimesMode = PaymentTimesMode.Weight })
            .Score();

        result.Pay.ShouldBe(1000m);
        result.Explanation.ShouldContain(
            "Tempi di pagamento non rispettati: in modalità «peso» la riduzione è già nel peso dell'obiettivo, nessuna ulteriore riduzione (SPEC §2.10).");
    }

    [Fact]
    public void TheInterimIncreaseIsForDirigentiOnly()
    {
        Full(EvaluatedRole.Dirigente).Pay(1000m, interimIncrease: true).Score().Pay.ShouldBe(1100m);
        Full(EvaluatedRole.Eq).Pay(1000m, interimIncrease: true).Score().Pay.ShouldBe(1000m);
        Full(EvaluatedRole.Dipendente).Pay(1000m, interimIncrease: true).Score().Pay.ShouldBe(1000m);
    }

    [Fact]
    public void MoneyIsRoundedToCentsOnlyAtTheEndHalvesAwayFromZero()
    {
        // 333.33 × 50 % = 166.665 → 166.67; with 181/366 of the year it is 82.4209…
        SheetBuilder.WithTotal(EvaluatedRole.Dirigente, 50m).Pay(333.33m).Score().Pay.ShouldBe(166.67m);
        SheetBuilder.WithTotal(EvaluatedRole.Dirigente, 50m).Pay(333.33m)
            .Service(new ServiceInput { To = new DateOnly(2024, 6, 29) }).Score().Pay
            .ShouldBe(Math.Round(333.33m * 0.5m * 181m / 366m, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void AllFactorsCombineInTheOrderOfTheSpec()
    {
        var result = Full(EvaluatedRole.Dirigente)
            .Pay(12_345.67m, interimIncrease: true, paymentTimesMet: false)
            .Service(new ServiceInput { From = new DateOnly(2023, 4, 1) })
            .Year(2023)
            .Score();

        result.Pay.ShouldBe(Math.Round(12_345.67m * 0.70m * 1.10m * 275m / 365m, 2, MidpointRounding.AwayFromZero));
    }
}
