using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Infrastructure.Settings;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Rewards;

/// <summary>
/// SPEC §4.16 on real PostgreSQL, in a comune of its own (not the demo ente other tests count): the Amministratore
/// switches the cycle to the money-share model, and a stored dirigente's sheet is paid what the engine computes for the same
/// inputs (Example 11: € 1.920,00); the fund is saved only against the version it was read with.
/// </summary>
public sealed class MoneyShareModelTests(PostgresDatabase db) : IClassFixture<PostgresDatabase>
{
    private static readonly int[] Scores = EvaluationSystem.CassinoDefault.Dirigente.Catalogue.Items.Select(i => i.Maximum).ToArray();

    [Fact]
    public async Task AStoredSheetOfAMoneyShareEntePaysWhatTheEngineComputesForTheSameInputs()
    {
        var plan = await S2PlanAsync();
        var niv = TestActors.NivOf(plan);
        var sheets = db.Get<EvaluationSheetService>();
        var head = plan.HeadOf("I");
        var opened = await sheets.OpenAsync(TestActors.SegretarioOf(plan),
            new SheetOpen(plan.Cycle.Id, head.Id, 2024, EvaluatedRole.Dirigente, plan.Units.Single(u => u.Code == "I").Id, []));
        // Example 11: ITP 30 % (not met), PEG 60 % at 90 %, PA digitale 10 % at 100 %.
        var agreed = opened.Objectives.Select((o, i) => new AgreedAchievement(o.ObjectiveId, i switch { 0 => 100m, 1 => 90m, _ => 100m })).ToList();
        var taken = await sheets.TakeAgreedAchievementsAsync(niv, opened.Id, agreed, opened.Version);
        await sheets.UpdateAsync(niv, opened.Id,
            new SheetEdit(Scores, EntePerformance: 80m, Pay: new SheetPayEdit(3_000m, false, PaymentTimesMet: false)), taken.Version);

        var stored = (await sheets.GetAsync(niv, opened.Id)).ShouldNotBeNull().Figures.ShouldNotBeNull();
        var input = new SheetInput
        {
            Role = EvaluatedRole.Dirigente,
            Year = 2024,
            EntePerformance = 80m,
            Objectives =
            [
                new ObjectiveInput(opened.Objectives[0].Code, 30m, AchievementInput.Direct(100m)) { IsPaymentTimes = true },
                new ObjectiveInput(opened.Objectives[1].Code, 60m, AchievementInput.Direct(90m)),
                new ObjectiveInput(opened.Objectives[2].Code, 10m, AchievementInput.Direct(100m)),
            ],
            BehaviourScores = Scores,
            Pay = new PayInput { Maximum = 3_000m, PaymentTimesMet = false },
            Options = new ScoringOptions { WeightModel = WeightModel.MoneyShare },
        };
        var expected = SheetCalculator.Score(input, EvaluationSystem.CassinoDefault, new Explanation());

        stored.Pay.ShouldBe(1_920m);
        stored.Pay.ShouldBe(expected.Pay);
        stored.D.ShouldBe(expected.D);
        // The stored sheet also states its (full-year) service; the money lines are the engine's, word for word.
        MoneyLines(stored.Explanation).ShouldBe(MoneyLines(expected.Explanation));
        MoneyLines(stored.Explanation).Count.ShouldBeGreaterThan(5);
        stored.Explanation.ShouldContain(l => l.StartsWith("Quota dell'indennità spettante: 64 %", StringComparison.Ordinal));
        stored.Explanation.ShouldNotContain(l => l.StartsWith("Tempi di pagamento non rispettati: ×", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFundPagesMoneyShareListShowsEachPersonsSharesAndPay()
    {
        var plan = await S2PlanAsync();
        var niv = TestActors.NivOf(plan);
        var sheets = db.Get<EvaluationSheetService>();
        var opened = await sheets.OpenAsync(TestActors.SegretarioOf(plan),
            new SheetOpen(plan.Cycle.Id, plan.HeadOf("I").Id, 2024, EvaluatedRole.Dirigente, plan.Units.Single(u => u.Code == "I").Id, []));
        var taken = await sheets.TakeAgreedAchievementsAsync(niv, opened.Id,
            opened.Objectives.Select(o => new AgreedAchievement(o.ObjectiveId, 50m)).ToList(), opened.Version);
        await sheets.UpdateAsync(niv, opened.Id, new SheetEdit(Scores, EntePerformance: 80m, Pay: new SheetPayEdit(2_000m, false, null)), taken.Version);

        var list = await db.Get<FundPageQueries>().SharesAsync(TestActors.SegretarioOf(plan), plan.Cycle.Id, 2024);

        list.Applies.ShouldBeTrue();
        var line = list.Lines.ShouldHaveSingleItem();
        line.Objectives.Select(o => o.SharePct).ShouldBe([30m, 60m, 10m]);
        line.Objectives[0].IsPaymentTimes.ShouldBeTrue();
        line.Objectives.ShouldAllBe(o => o.AchievementPct == 50m);
        line.Pay.ShouldBe(1_000m);
    }

    [Fact]
    public async Task AFundSaveWithAStaleVersionIsRefusedAndNothingChanges()
    {
        var plan = await S2PlanAsync();
        var segretario = TestActors.SegretarioOf(plan);
        var funds = db.Get<PerformanceFundService>();
        var unit = plan.Units.Single(u => u.Code == "I").Id;
        var first = await funds.SaveAsync(segretario, plan.Cycle.Id, 2024, new FundEdit(10_000m, 30m, 10m, [new(unit, ClassificationArea.Istruttori, 2)], 4_000m), null);
        var second = await funds.SaveAsync(segretario, plan.Cycle.Id, 2024, new FundEdit(12_000m, 30m, 10m, [new(unit, ClassificationArea.Istruttori, 3)], 5_000m), first.Version);

        var stale = await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            funds.SaveAsync(segretario, plan.Cycle.Id, 2024, new FundEdit(99_000m, 40m, 20m, [new(unit, ClassificationArea.Istruttori, 9)], 1m), first.Version));
        var unread = await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            funds.SaveAsync(segretario, plan.Cycle.Id, 2024, new FundEdit(98_000m, 40m, 20m, [], null), null));

        var read = (await funds.GetAsync(segretario, plan.Cycle.Id, 2024)).Fund.ShouldNotBeNull();
        second.Version.ShouldNotBe(first.Version);
        stale.Message.ShouldBe(PerformanceFundService.Changed);
        unread.Message.ShouldBe(PerformanceFundService.Changed);
        read.Version.ShouldBe(second.Version);
        read.Amount.ShouldBe(12_000m);
        read.OrganisationalPerformanceSum.ShouldBe(5_000m);
        read.Headcounts.ShouldHaveSingleItem().Count.ShouldBe(3);
    }

    private static List<string> MoneyLines(IReadOnlyList<string> lines) => lines.SkipWhile(l => l != SheetCalculator.MoneyShareHeading).ToList();

    /// <summary>A comune of its own with Settore I's cards weighing 30 (payment times), 60 and 10, switched to the money-share model by its Amministratore.</summary>
    private async Task<TestPlan> S2PlanAsync()
    {
        var plan = new TestPlan("Comune a quote").Unit("I", 30m, 60m, 10m).WithSegretario();
        plan.ObjectivesOf("I")[0].MarkPaymentTimes(true);
        await plan.SaveAsync(db.ContextFactory);
        var admin = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);
        var settings = db.Get<EnteSettingsService>();
        var current = (await settings.GetAsync(admin)).Cycles.Single().Evaluation;
        await settings.ChangeEvaluationAsync(admin, plan.Cycle.Id,
            current with { Options = current.Options with { WeightModel = WeightModel.MoneyShare }, SegretarioPlanSharePct = 10m });
        (await settings.GetAsync(admin)).Cycles.Single().Evaluation.Options.WeightModel.ShouldBe(WeightModel.MoneyShare);
        return plan;
    }
}
