using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Evaluation;

// SPEC §4.12 and §6 Example 9 (S3:1135).
public sealed class PrevalenceRuleTests
{
    private static DateOnly D(int month, int day) => new(2024, month, day);

    private static PrevalenceResult Transfer(DateOnly on, Explanation? explanation = null) =>
        PrevalenceRule.Apply(2024, [new("A", D(1, 1), on.AddDays(-1)), new("B", on)], explanation ?? Explanation.Disabled);

    [Fact]
    public void ATransferOnTwentiethOfMayGivesAFiveAndBSevenSoBEvaluates()
    {
        var result = Transfer(D(5, 20));

        result.Outcome.ShouldBe(PrevalenceOutcome.Prevalent);
        result.EvaluatingUnitId.ShouldBe("B");
        result.Units.Select(u => (u.UnitId, u.Months)).ShouldBe([("A", 5), ("B", 7)]);
        result.TiedUnitIds.ShouldBeEmpty();
    }

    [Fact]
    public void ATransferOnFirstOfJulyIsATieSoTwoSheetsOrAJointOne()
    {
        var result = Transfer(D(7, 1));

        result.Outcome.ShouldBe(PrevalenceOutcome.TwoSheetsOrJointSheet);
        result.EvaluatingUnitId.ShouldBeNull();
        result.Units.Select(u => (u.UnitId, u.Months)).ShouldBe([("A", 6), ("B", 6)]);
        result.TiedUnitIds.ShouldBe(["A", "B"]);
    }

    [Fact]
    public void SixteenDaysInAMonthDoNotCountItButSeventeenDo()
    {
        // June has 30 days: 16 of them in A (last day 16 June) leave the month to nobody; 17 give it to A.
        Transfer(D(6, 17)).Units.Select(u => u.Months).ShouldBe([5, 6]);
        Transfer(D(6, 18)).Units.Select(u => u.Months).ShouldBe([6, 6]);
    }

    [Fact]
    public void TheExplanationShowsTheDaysOfTheSplitMonthAndTheDecision()
    {
        var explanation = new Explanation();

        Transfer(D(5, 20), explanation);

        explanation.Lines.ShouldContain("Maggio 2024: 19 giorni in A (> 16: mese conteggiato); 12 giorni in B (non conteggiato).");
        explanation.Lines[^1].ShouldBe("Mesi conteggiati: A 5, B 7. Valuta B, unità di appartenenza prevalente (SPEC §4.12).");
    }

    [Fact]
    public void TheTieExplanationOffersTwoSheetsOrAJointOne()
    {
        var explanation = new Explanation();

        Transfer(D(7, 1), explanation);

        explanation.Lines[^1].ShouldBe(
            "Mesi conteggiati: A 6, B 6. Parità tra A e B: criterio di prevalenza non applicabile, si compilano due schede " +
            "distinte o una sola scheda congiunta tra i Dirigenti interessati (SPEC §4.12).");
    }

    [Fact]
    public void PeriodsBackInTheSameUnitAddUp()
    {
        var result = PrevalenceRule.Apply(2024,
            [new("A", D(1, 1), D(3, 31)), new("B", D(4, 1), D(8, 31)), new("A", D(9, 1))], Explanation.Disabled);

        result.EvaluatingUnitId.ShouldBe("A");
        result.Units.Select(u => (u.UnitId, u.Months, u.Days)).ShouldBe([("A", 7, 213), ("B", 5, 153)]);
    }

    [Fact]
    public void PeriodsOutsideTheYearAreCutToIt()
    {
        var result = PrevalenceRule.Apply(2024, [new("A", new DateOnly(2020, 1, 1), D(2, 10)), new("B", D(2, 11), new DateOnly(2026, 1, 1))],
            Explanation.Disabled);

        result.Units.Select(u => (u.UnitId, u.Months)).ShouldBe([("A", 1), ("B", 11)]);
    }

    [Fact]
    public void AFewDaysAnywhereCountNoMonth() =>
        PrevalenceRule.Apply(2024, [new("A", D(3, 1), D(3, 10))], Explanation.Disabled).Outcome.ShouldBe(PrevalenceOutcome.NoMonthCounted);

    [Fact]
    public void OverlappingPeriodsAreRefused() =>
        DomainAssert.Refuses(() => PrevalenceRule.Apply(2024, [new("A", D(1, 1), D(6, 30)), new("B", D(6, 1))], Explanation.Disabled),
            "assignments[1].from");

    [Fact]
    public void APeriodEndingBeforeItStartsIsRefused() =>
        DomainAssert.Refuses(() => PrevalenceRule.Apply(2024, [new("A", D(6, 1), D(5, 1))], Explanation.Disabled), "assignments[0].to");

    [Fact]
    public void NoPeriodsAreRefused() =>
        DomainAssert.Refuses(() => PrevalenceRule.Apply(2024, [], Explanation.Disabled), "assignments");

    [Fact]
    public void APeriodWithoutUnitIsRefused() =>
        DomainAssert.Refuses(() => PrevalenceRule.Apply(2024, [new(" ", D(1, 1))], Explanation.Disabled), "assignments[0].unitId");
}
