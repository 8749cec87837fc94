using System.Globalization;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Web.Components.Pages.Measurement;

namespace PiaoPerformance.Web.Tests.Components.Measurement;

/// <summary>The reporting and NIV forms: Italian messages for bad input before any save, and stored values shown plainly.</summary>
public sealed class MeasurementFormsTests
{
    [Fact]
    public void AnAchievementOf120IsRefusedWithAnItalianMessageUnderItsField()
    {
        var result = ReportForm.Validator.Validate(new ReportForm { RealizedPct = 120m, ReportText = "Oltre" });

        result.Errors.ShouldHaveSingleItem();
        result.Errors[0].PropertyName.ShouldBe(nameof(ReportForm.RealizedPct));
        result.Errors[0].ErrorMessage.ShouldBe("Percentuale realizzata: un valore tra 0 e 100.");
    }

    [Fact]
    public void AnActWithoutItsDateIsRefused()
    {
        var result = ReportForm.Validator.Validate(new ReportForm { Acts = [new ActRow { Number = "45" }] });

        result.Errors.Select(e => e.ErrorMessage).ShouldBe(["Atti: di ogni atto indicare numero e data (o rimuovere la riga)."]);
    }

    [Fact]
    public void EachChoiceOfTheNivNeedsItsReason()
    {
        var result = MeasureForm.Validator.Validate(new MeasureForm { OverridePct = 90m, ThirdPartyDelay = true, Excluded = true });

        result.Errors.Select(e => e.PropertyName).ShouldBe(
            [nameof(MeasureForm.OverrideReason), nameof(MeasureForm.ThirdPartyReason), nameof(MeasureForm.ThirdPartyEvidence), nameof(MeasureForm.ExclusionReason)]);
        MeasureForm.Validator.Validate(new MeasureForm { OverridePct = 101m, OverrideReason = "x" }).Errors.Single().ErrorMessage
            .ShouldBe("Valore attribuito dal NIV: una percentuale tra 0 e 100.");
    }

    [Fact]
    public void AStoredValueIsShownWithoutTheDatabasesTrailingZeros()
    {
        var view = new ReportView(Guid.NewGuid(), Guid.NewGuid(), 2024, 1, PlanState.Rendicontazione, 80.0000m, 62.5000m, null, "Relazione",
            [new ActView("45", new DateOnly(2024, 11, 28), null)], [], [], null, null, [], false, new ReportActions(true, true, true, false));

        var form = ReportForm.From(view);

        form.RealizedPct!.Value.ToString(CultureInfo.InvariantCulture).ShouldBe("80");
        form.MeasuredValue!.Value.ToString(CultureInfo.InvariantCulture).ShouldBe("62.5");
        form.MeasuredValue.ShouldBe(62.5m);
        form.Acts.Single().Number.ShouldBe("45");
        form.ToInput().Acts!.Single().Date.ShouldBe(new DateOnly(2024, 11, 28));
    }
}
