using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Tests.Measurement;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Evaluation;

/// <summary>
/// Component B's glue on PostgreSQL: the NIV's agreed measures (one excluded, one with a third-party delay) reach the
/// sheet's objectives through <see cref="AgreedAchievementsTransfer"/>; with nothing agreed the NIV is told so and
/// nothing changes; nobody but the NIV takes them.
/// </summary>
public sealed class AgreedAchievementsTransferTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private AgreedAchievementsTransfer Transfer => database.Get<AgreedAchievementsTransfer>();

    private EvaluationSheetService Sheets => database.Get<EvaluationSheetService>();

    private MeasurementService Measures => database.Get<MeasurementService>();

    [Fact]
    public async Task TheBoardsAgreedValuesWithAnExclusionAndADelayReachTheSheet()
    {
        var (plan, niv, sheet) = await MeasuredSheetAsync();
        var cards = plan.ObjectivesOf("I");
        await Measures.SaveAsync(niv[0], cards[1].Id, 2024, new MeasureInput(null, null, false, null, null, true, "Situazione di fatto non verificata"), null);
        await Measures.SaveAsync(niv[0], cards[2].Id, 2024, new MeasureInput(null, null, true, "Parere regionale mai reso", "Nota prot. 812/2024", false, null), null);
        foreach (var card in cards)
        {
            await SignAndAgreeAsync(niv, card.Id);
        }

        var taken = await Transfer.TakeAsync(niv[0], sheet.Id, sheet.Version);

        taken.Objectives.Select(o => (o.AgreedPct, o.Excluded)).ShouldBe([((decimal?)100m, false), (null, true), (100m, false)]);
        SheetWeights.Of(taken).ShouldNotBeNull().Select(w => (w.Original, Math.Round(w.Effective, 4)))
            .ShouldBe([(50m, 71.4286m), (30m, 0m), (20m, 28.5714m)]);
    }

    [Fact]
    public async Task WithNothingAgreedTheNivIsToldSoAndNobodyElseTakesThem()
    {
        var (plan, niv, sheet) = await MeasuredSheetAsync();

        (await Should.ThrowAsync<DomainException>(() => Transfer.TakeAsync(niv[0], sheet.Id, sheet.Version)))
            .Message.ShouldBe(AgreedAchievementsTransfer.NothingAgreed);
        foreach (var card in plan.ObjectivesOf("I"))
        {
            await SignAndAgreeAsync(niv, card.Id);
        }

        await Should.ThrowAsync<AccessDeniedException>(() => Transfer.TakeAsync(TestActors.SegretarioOf(plan), sheet.Id, sheet.Version));
        (await Sheets.GetAsync(niv[0], sheet.Id)).ShouldNotBeNull().Objectives.ShouldAllBe(o => o.AgreedPct == null && !o.Excluded);
    }

    private async Task SignAndAgreeAsync(IReadOnlyList<Actor> niv, Guid objectiveId)
    {
        var queries = database.Get<MeasurementQueries>();
        uint? version = (await queries.GetMeasurementAsync(niv[0], objectiveId, 2024))!.Version;
        foreach (var member in niv)
        {
            version = await Measures.SignOffAsync(member, objectiveId, 2024, version);
        }

        await Measures.AgreeAsync(niv[0], objectiveId, 2024, version);
    }

    /// <summary>
    /// Settore I with three cards (50/30/20) under a threshold rule, each reported at 80 %; the plan in
    /// Rendicontazione, a NIV of two, and the head's 2024 sheet (EQ, evaluated by the NIV) on those cards.
    /// </summary>
    private async Task<(TestPlan Plan, IReadOnlyList<Actor> Niv, SheetView Sheet)> MeasuredSheetAsync()
    {
        var plan = new TestPlan().Unit("I", 50m, 30m, 20m).WithSegretario();
        foreach (var card in plan.Objectives)
        {
            card.SetAchievementRule(new AchievementRule(AchievementRuleKind.NumericThreshold,
                [new AchievementStep("Almeno il 75%", 100m, 75m), new AchievementStep("Fino al 40%", 50m, 40m), new AchievementStep("Meno del 40%", 0m, 0m)], "%"));
        }

        await plan.SaveAsync(database.ContextFactory);
        await database.MoveToAsync(plan, PlanState.Rendicontazione);
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var reporting = database.Get<ReportingService>();
        foreach (var card in plan.Objectives)
        {
            var version = await reporting.SaveReportAsync(head, card.Id, 2024, new ReportInput(null, 80m, null, "Relazione", []), null);
            await reporting.SubmitAsync(head, card.Id, 2024, version);
        }

        var niv = await database.BoardAsync(plan, 2);
        var sheet = await Sheets.OpenAsync(TestActors.SegretarioOf(plan), new SheetOpen(plan.Cycle.Id, plan.HeadOf("I").Id, 2024, EvaluatedRole.Eq,
            plan.Units[0].Id, [], EvaluatorKind.Niv, plan.ObjectivesOf("I").Select(o => new SheetObjectiveChoice(o.Id, o.Weight)).ToList()));
        return (plan, niv, sheet);
    }
}
