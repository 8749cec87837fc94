using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Evaluation;

/// <summary>The year's money stored as input, and an employee's sheet paid on the maximum it gives.</summary>
public sealed class PerformanceFundServiceTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private readonly SheetTestKit _kit = new(demo);

    private PerformanceFundService Funds => demo.Get<PerformanceFundService>();

    private IReadOnlyList<HeadcountLine> Headcounts()
    {
        var (one, two) = (demo.Plan.Units.Single(u => u.Code == "I"), _kit.SettoreII);
        return
        [
            new(one.Id, ClassificationArea.FunzionariEQ, 2),
            new(one.Id, ClassificationArea.Istruttori, 1),
            new(two.Id, ClassificationArea.Istruttori, 5),
        ];
    }

    [Fact]
    public async Task TheSegretarioRecordsTheFundAndTheNivReadsItsSplit()
    {
        var saved = await Funds.SaveAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, 2024, new FundEdit(20_000m, 35m, 25m, Headcounts()), version: null);

        var read = (await Funds.GetAsync(await _kit.SignedInAsync("niv"), 2024)).ShouldNotBeNull();

        read.Amount.ShouldBe(20_000m);
        read.SupplementPct.ShouldBe(35m);
        read.Headcounts.Count.ShouldBe(3);
        read.Pots.Sum(p => p.Amount).ShouldBe(20_000m);
        // Settore II: 5 × 1,19 = 5,95 of 2 × 1,29 + 1,19 + 5,95 = 9,72 weighted units.
        read.Pots.Single(p => p.Id == _kit.SettoreII.Id.ToString()).Amount.ShouldBe(RewardAmount.ToCents(20_000m * 5.95m / 9.72m));
        read.Version.ShouldBe(saved.Version);
    }

    [Fact]
    public async Task AFundBelowTheLawsSupplementIsRefusedAndOthersMayNotWriteIt()
    {
        var error = await Should.ThrowAsync<DomainException>(async () =>
            await Funds.SaveAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, 2025, new FundEdit(10_000m, 20m, 10m, Headcounts()), version: null));
        await Should.ThrowAsync<AccessDeniedException>(async () =>
            await Funds.SaveAsync(await _kit.SignedInAsync("resp2"), demo.Plan.Id, 2025, new FundEdit(10_000m, 30m, 10m, Headcounts()), version: null));
        await Should.ThrowAsync<AccessDeniedException>(async () => await Funds.GetAsync(await _kit.SignedInAsync("dip1"), 2025));

        error.Field.ShouldBe(nameof(PerformanceFund.SupplementPct));
        (await Funds.GetAsync(await _kit.SignedInAsync("segretario"), 2025)).ShouldBeNull();
    }

    [Fact]
    public async Task AnEmployeeSheetWithoutItsOwnMaximumIsPaidOnTheFundsMaximumAndTheFrozenFiguresKeepEveryDecimal()
    {
        await Funds.SaveAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, 2026, new FundEdit(30_000m, 30m, 10m, Headcounts()), version: null);
        var sheet = await _kit.FillAsync(await _kit.OpenEmployeeSheetAsync(0, 2026), maximumPay: null);
        var resp2 = await _kit.SignedInAsync("resp2");
        var fined = await demo.Get<EvaluationSheetService>().UpdateAsync(resp2, sheet.Id, new SheetEdit(Sanctions: new SanctionsInput { Fine = 1 }), sheet.Version);

        var notified = await demo.Get<EvaluationSheetService>().NotifyAsync(resp2, sheet.Id, new DateOnly(2026, 2, 2), fined.Version);

        var fund = new PerformanceFund(Guid.NewGuid(), Guid.NewGuid(), 2026, 30_000m);
        foreach (var unit in Headcounts().GroupBy(h => h.OrgUnitId))
        {
            fund.SetHeadcount(unit.Key, unit.ToDictionary(h => h.Area, h => h.Count));
        }

        var maximum = fund.EmployeeMaximumFor(_kit.SettoreII.Id, ClassificationArea.Istruttori, ClassificationCoefficients.Ccnl2019_2021, new Explanation()).Amount;
        var input = new SheetInput
        {
            Role = Domain.Evaluation.EvaluatedRole.Dipendente,
            Year = 2026,
            EntePerformance = 92m,
            Objectives = sheet.Objectives.Select((o, i) => new ObjectiveInput(o.Code, o.Weight, AchievementInput.Direct(i == 1 ? 75m : 100m))).ToList(),
            BehaviourScores = SheetTestKit.Scores,
            Sanctions = new SanctionsInput { Fine = 1 },
            Pay = new PayInput { Maximum = maximum },
        };
        var expected = SheetCalculator.Score(input, EvaluationSystem.CassinoDefault, new Explanation());
        var frozen = notified.Versions.ShouldHaveSingleItem().Figures;
        var reread = (await demo.Get<EvaluationSheetService>().GetAsync(resp2, sheet.Id))!.Figures!;

        maximum.ShouldBe(RewardAmount.ToCents(30_000m * 5.95m / (2 * 1.29m + 1.19m + 5.95m)) / 5);
        frozen.Pay.ShouldBe(expected.Pay);
        reread.DAfterSanctions.ShouldBe(expected.DAfterSanctions);
        (expected.DAfterSanctions * 10_000m % 1m).ShouldNotBe(0m, "the figure has more than four decimals, so precision is really tested");
        reread.BandLabel.ShouldBe(expected.Band!.Label);
        notified.State.ShouldBe(SheetState.Notificata);
    }
}
