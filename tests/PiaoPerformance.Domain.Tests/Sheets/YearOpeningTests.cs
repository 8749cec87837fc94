using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Domain.Tests.Sheets;

/// <summary>SPEC §3.1 and §4.12: who gets which sheet, evaluated by whom, when the Segretario opens a year.</summary>
public sealed class YearOpeningTests
{
    private static readonly Guid Ente = Guid.NewGuid();
    private readonly OrgUnit _one = new(Ente, OrgUnitKind.Settore, "I", "Settore I", 1);
    private readonly OrgUnit _two = new(Ente, OrgUnitKind.Settore, "II", "Settore II", 2);
    private readonly OrgUnit _seg = new(Ente, OrgUnitKind.Segreteria, "SEG", "Segreteria", 0);
    private readonly List<StaffAssignment> _staff = [];
    private readonly List<ManagerAssignment> _heads = [];

    [Fact]
    public void TheSegretarioIsEvaluatedByTheSindacoOnASheetWithoutUnit()
    {
        var segretario = Head(_seg, ManagerRole.Segretario);

        var plan = Plan(segretario);

        plan.Role.ShouldBe(EvaluatedRole.Segretario);
        plan.EvaluatorKind.ShouldBe(EvaluatorKind.Sindaco);
        plan.Sheets.ShouldHaveSingleItem().OrgUnitId.ShouldBeNull();
    }

    [Fact]
    public void ADirigenteIsEvaluatedByTheNivForTheirUnit()
    {
        var plan = Plan(Head(_one, ManagerRole.Dirigente));

        (plan.Role, plan.EvaluatorKind, plan.Sheets.ShouldHaveSingleItem().OrgUnitId).ShouldBe((EvaluatedRole.Dirigente, EvaluatorKind.Niv, _one.Id));
    }

    [Fact]
    public void AnEqHeadingAUnitWithoutADirigenteIsEvaluatedByTheNivAndWithOneByTheDirigente()
    {
        var eq = Head(_one, ManagerRole.ResponsabileEQ);
        Plan(eq).EvaluatorKind.ShouldBe(EvaluatorKind.Niv);

        var dirigente = Head(_one, ManagerRole.Dirigente);
        var plan = Plan(eq);

        plan.EvaluatorKind.ShouldBe(EvaluatorKind.Dirigente);
        plan.Sheets.ShouldHaveSingleItem().Evaluators.ShouldBe([new SheetEvaluatorDraft(dirigente.Id, SheetEvaluatorRole.Valutatore, _one.Id)]);
    }

    [Fact]
    public void AnEmployeeIsEvaluatedByTheHeadOfTheUnitOnTheProposalOfTheEqWhenADirigenteHeadsIt()
    {
        var dirigente = Head(_one, ManagerRole.Dirigente);
        var eq = Head(_one, ManagerRole.ResponsabileEQ);
        var employee = Staff(_one, new DateOnly(2020, 1, 1), null);

        var plan = Plan(employee);

        plan.Role.ShouldBe(EvaluatedRole.Dipendente);
        plan.Sheets.ShouldHaveSingleItem().Evaluators.ShouldBe(
        [
            new SheetEvaluatorDraft(dirigente.Id, SheetEvaluatorRole.Valutatore, _one.Id),
            new SheetEvaluatorDraft(eq.Id, SheetEvaluatorRole.Proponente, _one.Id),
        ]);
    }

    [Fact]
    public void AnEmployeeTransferredOn1JulyTiesAndGetsTwoSheetsOrOneJointSheet()
    {
        var (headOne, headTwo) = (Head(_one, ManagerRole.ResponsabileEQ), Head(_two, ManagerRole.ResponsabileEQ));
        var employee = Staff(_one, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));
        Staff(_two, new DateOnly(2025, 7, 1), null, employee);

        var two = Plan(employee);
        var joint = Plan(employee, joint: true);

        two.Tie.ShouldBeTrue();
        two.Months.Select(m => m.Months).ShouldBe([6, 6]);
        two.Sheets.Select(s => s.OrgUnitId).ShouldBe([_one.Id, _two.Id]);
        joint.Sheets.ShouldHaveSingleItem().Evaluators.Select(e => (e.PersonId, e.Role))
            .ShouldBe([(headOne.Id, SheetEvaluatorRole.Valutatore), (headTwo.Id, SheetEvaluatorRole.Congiunto)]);
    }

    [Fact]
    public void AnEmployeeTransferredOn20MayIsEvaluatedByTheUnitOfPrevalence()
    {
        Head(_one, ManagerRole.ResponsabileEQ);
        var headTwo = Head(_two, ManagerRole.ResponsabileEQ);
        var employee = Staff(_one, new DateOnly(2025, 1, 1), new DateOnly(2025, 5, 19));
        Staff(_two, new DateOnly(2025, 5, 20), null, employee);

        var plan = Plan(employee);

        plan.Tie.ShouldBeFalse();
        plan.Sheets.ShouldHaveSingleItem().Evaluators.ShouldHaveSingleItem().PersonId.ShouldBe(headTwo.Id);
    }

    [Fact]
    public void AnEmployeeOfAUnitWithoutAHeadIsSkippedWithTheReason()
    {
        var employee = Staff(_two, new DateOnly(2020, 1, 1), null);

        var plan = Plan(employee);

        plan.Sheets.ShouldBeEmpty();
        plan.SkipReason.ShouldBe("L'unità «Settore II» non ha un responsabile nel 2025: non si può stabilire chi valuta.");
    }

    [Fact]
    public void APersonWithNoAssignmentInTheYearIsSkipped()
    {
        Head(_one, ManagerRole.ResponsabileEQ);
        var employee = Staff(_one, new DateOnly(2020, 1, 1), new DateOnly(2024, 12, 31));

        Plan(employee).SkipReason.ShouldBe("Nessuna assegnazione a un'unità nel 2025.");
    }

    private PlannedPerson Plan(Person person, bool joint = false) =>
        YearOpening.For(2025, person.Id, _staff, _heads, joint, id => id == _one.Id ? _one.Name : id == _two.Id ? _two.Name : _seg.Name);

    private Person Head(OrgUnit unit, ManagerRole role)
    {
        var person = new Person(Ente, null, "Capo", role.ToString());
        _heads.Add(new ManagerAssignment(unit, person, role, new DateOnly(2020, 1, 1), null, false));
        return person;
    }

    private Person Staff(OrgUnit unit, DateOnly from, DateOnly? to, Person? person = null)
    {
        person ??= new Person(Ente, null, "Dipendente", unit.Code);
        _staff.Add(new StaffAssignment(unit, person, "Istruttore", ClassificationArea.Istruttori, from, to));
        return person;
    }
}
