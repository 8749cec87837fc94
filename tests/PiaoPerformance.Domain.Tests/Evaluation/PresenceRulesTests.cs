using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Evaluation;

public sealed class PresenceRulesTests
{
    private static PresenceAssessment Assess(ServiceInput service, int year = 2024, ProrationBasis basis = ProrationBasis.Days) =>
        PresenceRules.Assess(service, year, 3, basis, Explanation.Disabled);

    [Fact]
    public void HiredOnFifteenthOctoberHasSeventyEightDaysAgainstNinetyTwo()
    {
        var presence = Assess(new ServiceInput { From = new DateOnly(2024, 10, 15) });

        presence.ServiceDays.ShouldBe(78);
        presence.PresenceDays.ShouldBe(78);
        presence.ThresholdDays.ShouldBe(92m);
        presence.MeetsThreshold.ShouldBeFalse();
        presence.Evaluable.ShouldBeFalse();
        presence.WholeMonths.ShouldBe(2);
    }

    [Fact]
    public void ExactlyThreeCalendarMonthsAreEnough()
    {
        var presence = Assess(new ServiceInput { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 3, 31) }, 2025);

        presence.ThresholdDays.ShouldBe(90m);
        presence.PresenceDays.ShouldBe(90);
        presence.Evaluable.ShouldBeTrue();
    }

    [Fact]
    public void OneDayShortOfThreeMonthsIsNotEnough() =>
        Assess(new ServiceInput { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 3, 30) }, 2025).Evaluable.ShouldBeFalse();

    [Fact]
    public void AVerticalPartTimeAtHalfNeedsHalfTheDays()
    {
        // From 16 November three months run to 16 February: 92 days, so 46 at 50 % vertical (1.5 months).
        var enough = Assess(new ServiceInput { From = new DateOnly(2024, 11, 16), VerticalPartTime = true, PartTimePct = 50m });
        var short_ = Assess(new ServiceInput { From = new DateOnly(2024, 11, 17), VerticalPartTime = true, PartTimePct = 50m });

        enough.ThresholdDays.ShouldBe(46m);
        enough.PresenceDays.ShouldBe(46);
        enough.Evaluable.ShouldBeTrue();
        short_.PresenceDays.ShouldBe(45);
        short_.Evaluable.ShouldBeFalse();
    }

    [Fact]
    public void AHorizontalPartTimeKeepsTheFullThreshold() =>
        Assess(new ServiceInput { From = new DateOnly(2024, 11, 16), PartTimePct = 50m }).Evaluable.ShouldBeFalse();

    [Fact]
    public void AbsencesThatAreNotProtectedReducePresence()
    {
        var presence = Assess(new ServiceInput { From = new DateOnly(2024, 9, 1), AbsenceDays = 30 });

        presence.ServiceDays.ShouldBe(122);
        presence.PresenceDays.ShouldBe(92);
        presence.ThresholdDays.ShouldBe(91m);
        presence.Evaluable.ShouldBeTrue();
        presence.ServiceFactor.ShouldBe(122m / 366m);
    }

    [Fact]
    public void AProtectedCaseIsEvaluatedUnderThreeMonths()
    {
        var presence = Assess(new ServiceInput { From = new DateOnly(2024, 12, 1), ProtectedAbsence = true });

        presence.MeetsThreshold.ShouldBeFalse();
        presence.Evaluable.ShouldBeTrue();
    }

    [Fact]
    public void ThePeriodIsClippedToTheYear()
    {
        var presence = Assess(new ServiceInput { From = new DateOnly(2019, 5, 1), To = new DateOnly(2030, 1, 1) }, 2023);

        presence.Start.ShouldBe(new DateOnly(2023, 1, 1));
        presence.End.ShouldBe(new DateOnly(2023, 12, 31));
        presence.ServiceDays.ShouldBe(365);
        presence.ServiceFactor.ShouldBe(1m);
        presence.WholeMonths.ShouldBe(12);
    }

    [Theory]
    [InlineData(1, 1, 8, 31, 8)]
    [InlineData(1, 1, 8, 30, 7)]
    [InlineData(3, 15, 12, 31, 9)]
    [InlineData(12, 1, 12, 31, 1)]
    [InlineData(12, 2, 12, 31, 0)]
    public void WholeMonthsAreCountedFromTheFirstDayOfService(int fromMonth, int fromDay, int toMonth, int toDay, int months) =>
        PresenceRules.WholeMonths(new DateOnly(2024, fromMonth, fromDay), new DateOnly(2024, toMonth, toDay)).ShouldBe(months);

    [Fact]
    public void ProrationByMonthsUsesWholeMonthsOverTwelve() =>
        Assess(new ServiceInput { From = new DateOnly(2024, 3, 15) }, basis: ProrationBasis.Months).ServiceFactor.ShouldBe(9m / 12m);

    [Fact]
    public void AnEndBeforeTheStartIsRefused()
    {
        var error = DomainAssert.Refuses(
            () => Assess(new ServiceInput { From = new DateOnly(2024, 6, 1), To = new DateOnly(2024, 5, 31) }), "service.to");

        error.Message.ShouldBe("La data di fine servizio (31/05/2024) non può precedere la data di inizio (01/06/2024).");
    }

    [Fact]
    public void AStartAfterTheYearIsRefused() =>
        DomainAssert.Refuses(() => Assess(new ServiceInput { From = new DateOnly(2025, 1, 1) }), "service.from");

    [Fact]
    public void AnEndBeforeTheYearIsRefused() =>
        DomainAssert.Refuses(() => Assess(new ServiceInput { To = new DateOnly(2023, 12, 31) }), "service.to");

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void APartTimeOutsideOneToHundredIsRefused(decimal pct) =>
        DomainAssert.Refuses(() => Assess(new ServiceInput { PartTimePct = pct }), "service.partTimePct");

    [Fact]
    public void MoreAbsenceThanServiceIsRefused() =>
        DomainAssert.Refuses(() => Assess(new ServiceInput { From = new DateOnly(2024, 12, 1), AbsenceDays = 32 }), "service.absenceDays");
}
