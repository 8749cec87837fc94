using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Rewards;

// SPEC §4.6 and §6 Example 8 (S3:1090).
public sealed class TopPerformerSupplementTests
{
    // Twelve employees rated positively whose premiums total € 9.600,00, and three rated below 50.
    private static List<RatedPremium> ExampleEight() =>
    [
        new("E01", 95m, 1_000m), new("E02", 92m, 1_000m), new("E03", 88m, 800m), new("E04", 86m, 800m),
        new("E05", 84m, 800m), new("E06", 81m, 800m), new("E07", 78m, 600m), new("E08", 75m, 600m),
        new("E09", 72m, 600m), new("E10", 66m, 1_000m), new("E11", 63m, 800m), new("E12", 50m, 800m),
        new("E13", 49.99m, 0m), new("E14", 40m, 0m), new("E15", 20m, 0m),
    ];

    [Fact]
    public void ThirtyPercentOfAnEightHundredEuroAverageIsTwoHundredFortyEuros()
    {
        var result = TopPerformerSupplement.Compute(ExampleEight(), 30m, 20m, Explanation.Disabled);

        result.PositivelyRated.ShouldBe(12);
        result.AveragePremium.ShouldBe(800m);
        result.SupplementPerPerson.Amount.ShouldBe(240m);
    }

    [Fact]
    public void TheQuotaGoesToTheHighestScoresAndIsNeverExceeded()
    {
        var result = TopPerformerSupplement.Compute(ExampleEight(), 30m, 20m, Explanation.Disabled);

        result.Places.ShouldBe(3);
        result.Recipients.ShouldBe(["E01", "E02", "E03"]);
        result.TiedAtCutoff.ShouldBeEmpty();
    }

    [Fact]
    public void TheCcdiMaySetMoreThanThirtyPercent() =>
        TopPerformerSupplement.Compute(ExampleEight(), 40m, 20m, Explanation.Disabled).SupplementPerPerson.Amount.ShouldBe(320m);

    [Fact]
    public void EmployeesTiedAtTheCutOffAreLeftToTheCcdisTieBreak()
    {
        var staff = ExampleEight();
        staff[2] = staff[2] with { Score = 92m };
        var explanation = new Explanation();

        var result = TopPerformerSupplement.Compute(staff, 30m, 14m, explanation);

        result.Places.ShouldBe(2);
        result.Recipients.ShouldBe(["E01"]);
        result.TiedAtCutoff.ShouldBe(["E02", "E03"]);
        result.PlacesLeftForTied.ShouldBe(1);
        explanation.Lines[^1].ShouldBe(
            "Parità di punteggio (92) tra E02, E03 per 1 maggiorazioni residue: il criterio di scelta è stabilito dal CCDI (AMB-5).");
    }

    [Fact]
    public void TheExplanationShowsTheAverageAndTheSupplement()
    {
        var explanation = new Explanation();

        TopPerformerSupplement.Compute(ExampleEight(), 30m, 10m, explanation);

        explanation.Lines.ShouldBe([
            "Premio medio dei 12 dipendenti valutati positivamente (punteggio ≥ 50): € 9.600,00 / 12 = € 800,00.",
            "Maggiorazione: 30 % × € 800,00 = € 240,00 per ciascun dipendente con la valutazione più elevata (SPEC §4.6).",
            "Quota CCDI: 10 % di 15 dipendenti valutati = 1 maggiorazioni; attribuite a E01.",
        ]);
    }

    [Fact]
    public void WithNobodyRatedPositivelyThereIsNoSupplement()
    {
        var result = TopPerformerSupplement.Compute([new("E1", 30m, 0m)], 30m, 10m, Explanation.Disabled);

        result.SupplementPerPerson.Amount.ShouldBe(0m);
        result.Recipients.ShouldBeEmpty();
    }

    [Fact]
    public void LessThanThirtyPercentIsRefused() =>
        DomainAssert.Refuses(() => TopPerformerSupplement.Compute(ExampleEight(), 29.99m, 10m, Explanation.Disabled), "supplementPct");

    [Fact]
    public void AQuotaAboveHundredIsRefused() =>
        DomainAssert.Refuses(() => TopPerformerSupplement.Compute(ExampleEight(), 30m, 101m, Explanation.Disabled), "quotaPct");

    [Fact]
    public void ANegativePremiumIsRefused() =>
        DomainAssert.Refuses(() => TopPerformerSupplement.Compute([new("E1", 80m, -1m)], 30m, 10m, Explanation.Disabled), "staff[0].premium");
}
