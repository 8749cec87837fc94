using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Rewards;

// SPEC §4.16 and §6 Example 11 (S2:372, S2:382, S2:392).
public sealed class ResultPaySharesTests
{
    private static ObjectiveShare[] SettoreTecnico(decimal itp = 0m) =>
        [new("ITP", 30m, itp, IsPaymentTimes: true), new("PEG", 60m, 90m), new("PA digitale", 10m, 100m)];

    [Fact]
    public void TheResponsabileOfTheSettoreTecnicoEarnsSixtyFourPercentOfThreeThousandEuros()
    {
        var result = ResultPayShares.Compute(3_000m, SettoreTecnico(), Explanation.Disabled);

        result.PaidSharePct.ShouldBe(64m);
        result.Pay.Amount.ShouldBe(1_920m);
    }

    [Fact]
    public void LosingTheItpShareIsTheStatutoryCutAndNoGateIsAddedOnTop()
    {
        var explanation = new Explanation();

        ResultPayShares.Compute(3_000m, SettoreTecnico(), explanation);

        explanation.Lines.ShouldBe([
            "Obiettivo ITP: quota 30 % × raggiungimento 0 % = 0 %.",
            "Obiettivo PEG: quota 60 % × raggiungimento 90 % = 54 %.",
            "Obiettivo PA digitale: quota 10 % × raggiungimento 100 % = 10 %.",
            "Quota dell'indennità spettante: 64 % di € 3.000,00 = € 1.920,00.",
            "Obiettivo tempi di pagamento non pienamente raggiunto: la quota persa (30 %) è la riduzione di legge, nessuna ulteriore decurtazione del 30 % (SPEC §2.10).",
        ]);
    }

    [Fact]
    public void WithTheItpMetThePayIsNinetyFourPercent() =>
        ResultPayShares.Compute(3_000m, SettoreTecnico(itp: 100m), Explanation.Disabled).Pay.Amount.ShouldBe(2_820m);

    [Fact]
    public void APaymentTimesShareBelowThirtyPercentIsFlagged()
    {
        var explanation = new Explanation();

        ResultPayShares.Compute(1_000m, [new("ITP", 8m, 100m, IsPaymentTimes: true), new("PEG", 92m, 100m)], explanation);

        explanation.Lines[^1].ShouldStartWith("Attenzione: Il peso dell'obiettivo sui tempi di pagamento (8 %)");
    }

    [Fact]
    public void SharesNotTotallingHundredAreRefused()
    {
        var error = DomainAssert.Refuses(
            () => ResultPayShares.Compute(3_000m, [new("ITP", 30m, 0m), new("PEG", 60m, 90m), new("PA", 9m, 100m)], Explanation.Disabled),
            "shares");

        error.Message.ShouldBe("Le quote dell'indennità di risultato devono sommare a 100 (totale indicato: 99).");
    }

    [Fact]
    public void AnAchievementAboveHundredIsRefused() =>
        DomainAssert.Refuses(
            () => ResultPayShares.Compute(3_000m, [new("ITP", 30m, 0m), new("PEG", 70m, 101m)], Explanation.Disabled), "shares[1].achievementPct");

    [Fact]
    public void ANegativeMaximumIsRefused() =>
        DomainAssert.Refuses(() => ResultPayShares.Compute(-5m, SettoreTecnico(), Explanation.Disabled), "maximum");
}
