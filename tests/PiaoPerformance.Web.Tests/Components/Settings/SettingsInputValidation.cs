using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Web.Components.Pages.Settings;

namespace PiaoPerformance.Web.Tests.Components.Settings;

/// <summary>The set-up forms' validators: Italian messages on the field they concern, before anything is saved.</summary>
public sealed class SettingsInputValidation
{
    [Fact]
    public void SharesThatDoNotTotalAHundredAreRefusedOnTheirRole()
    {
        var input = EvaluationInput.From(Guid.NewGuid(), EvaluationParameters.CassinoDefault);
        input.Dipendente = new SharesInput { A = 25m, B = 25m, C = 40m };

        var failure = EvaluationInput.Validator.Validate(input).Errors.ShouldHaveSingleItem();

        failure.PropertyName.ShouldBe(nameof(EvaluationInput.Dipendente));
        failure.ErrorMessage.ShouldBe("Le quote A, B e C devono sommare a 100 (totale indicato: 90).");
    }

    [Fact]
    public void TheCassinoTemplateIsValidAndRoundTrips()
    {
        var input = EvaluationInput.From(Guid.NewGuid(), EvaluationParameters.CassinoDefault);

        EvaluationInput.Validator.Validate(input).IsValid.ShouldBeTrue();
        var back = input.ToParameters(EvaluationParameters.CassinoDefault);
        var cassino = EvaluationParameters.CassinoDefault;
        back.EmployeeBands.ShouldBe(cassino.EmployeeBands);
        back.ManagerBands.ShouldBe(cassino.ManagerBands);
        (back with { EmployeeBands = cassino.EmployeeBands, ManagerBands = cassino.ManagerBands }).ShouldBe(cassino);
    }

    [Fact]
    public void FallingSanctionCutsAndUnorderedBandsAreRefused()
    {
        var input = EvaluationInput.From(Guid.NewGuid(), EvaluationParameters.CassinoDefault);
        input.Fine = new CutsInput { One = 10m, Two = 5m, MoreThanTwo = 20m };
        input.EmployeeBands.Reverse();

        var fields = EvaluationInput.Validator.Validate(input).Errors.Select(e => e.PropertyName).ToList();

        fields.ShouldBe([nameof(EvaluationInput.Fine), nameof(EvaluationInput.EmployeeBands)], ignoreOrder: true);
    }

    [Fact]
    public void EnteDataNeedsANameAUnitLabelAndAWholePatronDay()
    {
        var input = new EnteInput { Name = "", UnitLabel = " ", PatronSaintDay = 24 };

        var fields = EnteInput.Validator.Validate(input).Errors.Select(e => e.PropertyName).Distinct().ToList();

        fields.ShouldBe([nameof(EnteInput.Name), nameof(EnteInput.UnitLabel), nameof(EnteInput.PatronSaintDay)], ignoreOrder: true);
    }
}
