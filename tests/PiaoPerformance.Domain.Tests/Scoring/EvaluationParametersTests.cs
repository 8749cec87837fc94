using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Tests.Scoring;

public class EvaluationParametersTests
{
    [Fact]
    public void TheDefaultBuildsTheCassinoSystem()
    {
        var system = EvaluationParameters.CassinoDefault.ToSystem();

        system.Dipendente.Shares.ShouldBe(EvaluationSystem.CassinoDefault.Dipendente.Shares);
        system.Dirigente.Bands.Bands.Select(b => b.LowerBound).ShouldBe([75m, 30m, 0m]);
        system.Dipendente.Bands.Bands.Select(b => b.LowerBound).ShouldBe([90m, 80m, 70m, 60m, 50m, 0m]);
        system.PaymentTimesGateFactor.ShouldBe(0.70m);
    }

    [Fact]
    public void AnEnteCanMoveABandBoundAndTheSheetFollows()
    {
        var parameters = EvaluationParameters.CassinoDefault with
        {
            EmployeeBands = [new(85m, 100m, "OTTIMA"), new(0m, 0m, "ALTRO")],
        };

        parameters.ToSystem().Dipendente.Bands.For(86m).Label.ShouldBe("OTTIMA");
    }

    [Fact]
    public void SharesNotTotallingAHundredAreRefusedNamingTheParameter()
    {
        var parameters = EvaluationParameters.CassinoDefault with { Dipendente = new RoleShares(25m, 25m, 40m) };

        var error = Should.Throw<DomainException>(() => parameters.ToSystem());

        error.Field.ShouldBe("shares");
        error.Message.ShouldContain("100");
    }

    [Fact]
    public void ACycleKeepsItsParametersUnlessTheNewOnesAreValid()
    {
        var cycle = new PlanCycle(Guid.NewGuid(), 2024, 2026);
        var invalid = EvaluationParameters.CassinoDefault with { PaymentTimesGateFactor = 1.5m };

        Should.Throw<DomainException>(() => cycle.ChangeEvaluation(invalid));

        cycle.Evaluation.ShouldBeSameAs(EvaluationParameters.CassinoDefault);
        cycle.ChangeEvaluation(EvaluationParameters.CassinoDefault with { PresenceThresholdMonths = 2 });
        cycle.Evaluation.PresenceThresholdMonths.ShouldBe(2);
        cycle.Evaluation.ToSystem().For(EvaluatedRole.Dipendente).Catalogue.Count.ShouldBe(10);
    }
}
