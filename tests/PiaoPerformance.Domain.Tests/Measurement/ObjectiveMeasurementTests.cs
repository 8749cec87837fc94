using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Measurement;

public sealed class ObjectiveMeasurementTests
{
    private static readonly DateTimeOffset At = MeasurementPlans.At;
    private static readonly Guid President = Guid.NewGuid();
    private static readonly Guid Member = Guid.NewGuid();
    private static readonly Guid[] Board = [President, Member];

    private static ObjectiveMeasurement NewMeasure(decimal? ruleValue = 75m)
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var measure = new ObjectiveMeasurement(plan.Cycle, objective, 2024);
        measure.Prefill(ruleValue);
        return measure;
    }

    [Fact]
    public void AnOverrideNeedsAWrittenReason()
    {
        var measure = NewMeasure();

        DomainAssert.Refuses(() => measure.Override(90m, "  "), nameof(ObjectiveMeasurement.OverrideReason))
            .Message.ShouldBe("Motivazione della modifica del valore: campo obbligatorio.");
        measure.EffectivePct.ShouldBe(75m, "nothing changed");

        measure.Override(90m, "Bozza completa e già condivisa con la Giunta");
        (measure.EffectivePct, measure.OverrideReason).ShouldBe((90m, "Bozza completa e già condivisa con la Giunta"));
    }

    [Fact]
    public void AnOverrideAbove100IsRefused()
    {
        DomainAssert.Refuses(() => NewMeasure().Override(120m, "Troppo"), nameof(ObjectiveMeasurement.OverridePct))
            .Message.ShouldBe("Valore attribuito dal NIV: deve essere compreso tra 0 e 100 (valore indicato: 120).");
    }

    [Fact]
    public void ThirdPartyDelayCountsAsAchievedAndNeedsReasonAndEvidence()
    {
        var measure = NewMeasure(0m);

        DomainAssert.Refuses(() => measure.MarkThirdPartyDelay("Parere della Regione mai reso", null), nameof(ObjectiveMeasurement.ThirdPartyEvidence));
        measure.MarkThirdPartyDelay("Parere della Regione mai reso", "Nota prot. 1234 del 10/10/2024");

        measure.EffectivePct.ShouldBe(100m);
        measure.ClearThirdPartyDelay();
        measure.EffectivePct.ShouldBe(0m);
    }

    [Fact]
    public void AnExcludedObjectiveHasNoValueAndNeedsAReason()
    {
        var measure = NewMeasure();

        DomainAssert.Refuses(() => measure.Exclude(""), nameof(ObjectiveMeasurement.ExclusionReason));
        measure.Exclude("Nessuna fattura di competenza del settore (S0:22)");

        (measure.Excluded, measure.EffectivePct).ShouldBe((true, (decimal?)null));
    }

    [Fact]
    public void EventsAfterPlanningAreRecordedWithTheirDescription()
    {
        var measure = NewMeasure();

        measure.RecordEvent(new DateOnly(2024, 9, 1), "Proroga concessa dal Ministero", President, At);

        var recorded = measure.Events.ShouldHaveSingleItem();
        (recorded.Date, recorded.Description, recorded.ByPersonId).ShouldBe((new DateOnly(2024, 9, 1), "Proroga concessa dal Ministero", President));
        DomainAssert.Refuses(() => measure.RecordEvent(new DateOnly(2024, 9, 1), null, President, At), "description");
    }

    [Fact]
    public void TheBoardAgreesOnlyWhenEveryMemberSignedTheValueAsItStands()
    {
        var measure = NewMeasure();
        measure.SignOff(President, At);

        DomainAssert.Refuses(() => measure.Agree(Board, President, At), nameof(ObjectiveMeasurement.SignOffs))
            .Message.ShouldBe("Sottoscrizioni: mancano 1 su 2 componenti del NIV sul valore attuale; il valore concordato richiede la firma di tutti.");
        measure.SignOff(Member, At);
        measure.Agree(Board, Member, At.AddMinutes(5));

        (measure.IsFinal, measure.AgreedPct, measure.AgreedByPersonId, measure.AgreedAt).ShouldBe((true, (decimal?)75m, (Guid?)Member, (DateTimeOffset?)At.AddMinutes(5)));
    }

    [Fact]
    public void ChangingTheMeasureWithdrawsTheSignOffsGiven()
    {
        var measure = NewMeasure();
        measure.SignOff(President, At);
        measure.SignOff(Member, At);

        measure.Override(60m, "Solo una iniziativa su due");

        measure.SignOffs.ShouldBeEmpty();
        DomainAssert.Refuses(() => measure.Agree(Board, President, At), nameof(ObjectiveMeasurement.SignOffs));
    }

    [Fact]
    public void AnAgreedMeasureIsFinal()
    {
        var measure = NewMeasure();
        measure.Exclude("Situazione di fatto non verificata");
        measure.SignOff(President, At);
        measure.SignOff(Member, At);
        measure.Agree(Board, President, At);

        (measure.AgreedExcluded, measure.AgreedPct).ShouldBe((true, (decimal?)null));
        DomainAssert.Refuses(() => measure.Include(), nameof(ObjectiveMeasurement.AgreedPct)).Message.ShouldBe(ObjectiveMeasurement.FinalMessage);
        DomainAssert.Refuses(() => measure.SignOff(Member, At), nameof(ObjectiveMeasurement.AgreedPct));
        measure.Prefill(10m);
        measure.RuleValue.ShouldBe(75m, "a final measure ignores a new proposal");
    }

    [Fact]
    public void OnlyAMemberOfTheBoardRecordsTheAgreedValue()
    {
        var measure = NewMeasure();
        measure.SignOff(President, At);
        measure.SignOff(Member, At);

        DomainAssert.Refuses(() => measure.Agree(Board, Guid.NewGuid(), At), nameof(ObjectiveMeasurement.SignOffs))
            .Message.ShouldBe("Solo un componente del NIV in carica può registrare il valore concordato.");
    }

    [Fact]
    public void NothingToSignWhenNothingWasReportedOrAttributed()
    {
        DomainAssert.Refuses(() => NewMeasure(null).SignOff(President, At), nameof(ObjectiveMeasurement.OverridePct));
    }
}
