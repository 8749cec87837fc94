using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Sheets;

/// <summary>AccessRules.Sheets: the person evaluated sees only their own sheet; evaluators fill theirs; Segretario and NIV read all.</summary>
public sealed class SheetAccessTests
{
    private readonly PlanBuilder _plan = new();

    private (EvaluationSheet Sheet, Person Employee, Person Evaluator, Person Proposer) EmployeeSheet()
    {
        var (employee, evaluator, proposer) = (_plan.Person("Dipendente"), _plan.Person("Dirigente"), _plan.Person("Eq"));
        var sheet = new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = _plan.Municipality.Id,
            PlanCycleId = _plan.Cycle.Id,
            PersonId = employee.Id,
            Year = 2024,
            Role = EvaluatedRole.Dipendente,
            Evaluators = [new(evaluator.Id, SheetEvaluatorRole.Valutatore), new(proposer.Id, SheetEvaluatorRole.Proponente)],
        });
        return (sheet, employee, evaluator, proposer);
    }

    [Fact]
    public void TheEvaluatedPersonReadsTheirOwnSheetButDoesNotFillIt()
    {
        var (sheet, employee, _, _) = EmployeeSheet();
        var actor = Actors.For(_plan, employee);

        AccessRules.CanReadSheet(actor, sheet).ShouldBeTrue();
        AccessRules.IsEvaluatedPerson(actor, sheet).ShouldBeTrue();
        AccessRules.CanFillSheet(actor, sheet).ShouldBeFalse();
        AccessRules.CanValidateSheet(actor, sheet).ShouldBeFalse();
    }

    [Fact]
    public void AnotherEmployeeSeesNothingOfIt()
    {
        var (sheet, _, _, _) = EmployeeSheet();
        var colleague = Actors.For(_plan, _plan.Person("Collega"));

        AccessRules.CanReadSheet(colleague, sheet).ShouldBeFalse();
        AccessRules.IsEvaluatedPerson(colleague, sheet).ShouldBeFalse();
    }

    [Fact]
    public void TheEvaluatorFillsItAndTheProposerOnlyReadsIt()
    {
        var (sheet, _, evaluator, proposer) = EmployeeSheet();

        AccessRules.CanFillSheet(Actors.For(_plan, evaluator), sheet).ShouldBeTrue();
        AccessRules.CanReadSheet(Actors.For(_plan, proposer), sheet).ShouldBeTrue();
        AccessRules.CanFillSheet(Actors.For(_plan, proposer), sheet).ShouldBeFalse();
    }

    [Fact]
    public void SegretarioAndNivReadAllAndValidateButGiuntaAndSindacoSeeNothing()
    {
        var (sheet, _, _, _) = EmployeeSheet();

        AccessRules.CanReadSheet(Actors.Segretario(_plan), sheet).ShouldBeTrue();
        AccessRules.CanValidateSheet(Actors.Segretario(_plan), sheet).ShouldBeTrue();
        AccessRules.CanReadSheet(Actors.Niv(_plan), sheet).ShouldBeTrue();
        AccessRules.CanFillSheet(Actors.Niv(_plan), sheet).ShouldBeFalse();
        AccessRules.CanReadSheet(Actors.For(_plan, _plan.Person("Giunta"), AppRole.Giunta), sheet).ShouldBeFalse();
        AccessRules.CanReadSheet(Actors.For(_plan, _plan.Person("Sindaco"), AppRole.Sindaco), sheet).ShouldBeFalse();
    }

    [Fact]
    public void TheNivFillsDirigentiSheetsAndTheSindacoTheSegretarios()
    {
        var dirigente = new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = _plan.Municipality.Id, PlanCycleId = _plan.Cycle.Id, PersonId = _plan.Person("Dir").Id, Year = 2024, Role = EvaluatedRole.Dirigente,
        });
        var segretario = new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = _plan.Municipality.Id, PlanCycleId = _plan.Cycle.Id, PersonId = _plan.Person("Seg").Id, Year = 2024, Role = EvaluatedRole.Segretario,
        });
        var sindaco = Actors.For(_plan, _plan.Person("Sindaco"), AppRole.Sindaco);

        AccessRules.CanFillSheet(Actors.Niv(_plan), dirigente).ShouldBeTrue();
        AccessRules.CanFillSheet(sindaco, dirigente).ShouldBeFalse();
        AccessRules.CanFillSheet(sindaco, segretario).ShouldBeTrue();
        AccessRules.CanFillSheet(Actors.Niv(_plan), segretario).ShouldBeFalse();
    }

    [Fact]
    public void NobodyOfAnotherEnteSeesTheSheet()
    {
        var (sheet, _, _, _) = EmployeeSheet();
        var other = new PlanBuilder();

        AccessRules.CanReadSheet(Actors.Segretario(other), sheet).ShouldBeFalse();
        AccessRules.CanReadSheet(Actors.Niv(other), sheet).ShouldBeFalse();
    }
}
