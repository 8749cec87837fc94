using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Domain.Tests.Support;

/// <summary>
/// Employee sheets of SPEC Example 1: ente performance 96, objectives O1 50 % / O2 30 % / O3 20 % achieved 100, 75,
/// 100, behaviour 5,4,5,4,5,4,5,4,5,4, a maximum of € 1.000,00. <see cref="Filled"/> gives the sheet ready to notify.
/// </summary>
public sealed class SheetBuilder
{
    public static readonly EvaluationSystem System = EvaluationSystem.CassinoDefault;

    public static readonly int[] ExampleScores = [5, 4, 5, 4, 5, 4, 5, 4, 5, 4];

    public Guid Municipality { get; } = Guid.NewGuid();

    public Guid Employee { get; } = Guid.NewGuid();

    public Guid Evaluator { get; } = Guid.NewGuid();

    public Guid Proposer { get; } = Guid.NewGuid();

    public Guid Unit { get; } = Guid.NewGuid();

    public IReadOnlyList<Guid> ObjectiveIds { get; } = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    public EvaluationSheet Draft(int year = 2025) => new(new SheetOpening
    {
        MunicipalityId = Municipality,
        PlanCycleId = Guid.NewGuid(),
        PersonId = Employee,
        Year = year,
        Role = EvaluatedRole.Dipendente,
        OrgUnitId = Unit,
        Evaluators = [new(Evaluator, SheetEvaluatorRole.Valutatore, Unit), new(Proposer, SheetEvaluatorRole.Proponente, Unit)],
        Objectives =
        [
            new(ObjectiveIds[0], "O1", 50m),
            new(ObjectiveIds[1], "O2", 30m),
            new(ObjectiveIds[2], "O3", 20m),
        ],
    });

    public EvaluationSheet Filled(int year = 2025)
    {
        var sheet = Draft(year);
        sheet.SetEntePerformance(96m);
        sheet.TakeAgreedAchievements(
        [
            new(ObjectiveIds[0], 100m),
            new(ObjectiveIds[1], 75m),
            new(ObjectiveIds[2], 100m),
        ]);
        sheet.SetScores(ExampleScores, null, System);
        sheet.SetPay(1000m, false, null);
        return sheet;
    }
}
