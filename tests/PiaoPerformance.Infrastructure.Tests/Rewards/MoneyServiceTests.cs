using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Infrastructure.Tests.Evaluation;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Rewards;

/// <summary>The money reads on the demo database: premi data equal to the sheets' own figures, the check per evaluator, a what-if that writes nothing.</summary>
public sealed class MoneyServiceTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private readonly SheetTestKit _kit = new(demo);

    private MoneyService Money => demo.Get<MoneyService>();

    [Fact]
    public async Task ThePremiDataAddUpTheSheetsOwnFigures()
    {
        var segretario = await _kit.SignedInAsync("segretario");
        var summaries = await _kit.Sheets.ListAllAsync(segretario, 2024);
        var views = new List<SheetView>();
        foreach (var s in summaries)
        {
            views.Add((await _kit.Sheets.GetAsync(segretario, s.Id)).ShouldNotBeNull());
        }

        var report = await Money.PremiAsync(segretario, demo.Plan.Id, 2024);

        var scored = views.Where(v => v.Figures is not null).ToList();
        scored.Count.ShouldBeGreaterThan(1);
        report.Sheets.ShouldBe(scored.Count);
        report.Summary.Money.ShouldBe(scored.Sum(v => v.Figures!.Pay ?? 0m));
        var expected = PremiSummary.Summarise(scored.Select(v => new PremiEntry(v.Role, v.Figures!.BandLabel, v.Figures.BandPayPct, v.Figures.Pay)));
        report.Summary.Rows.ShouldBe(expected.Rows);
        report.Summary.Roles.ShouldBe(expected.Roles);
        report.Provisional.ShouldBe(scored.Count(v => v.State != SheetState.Validata));
    }

    [Fact]
    public async Task OnlyWhoMayReadThePremiDataGetsThem()
    {
        await Should.ThrowAsync<AccessDeniedException>(async () => await Money.PremiAsync(await _kit.SignedInAsync("resp1"), demo.Plan.Id, 2024));
        await Should.ThrowAsync<AccessDeniedException>(async () => await Money.DifferentiationAsync(await _kit.SignedInAsync("sindaco"), 2024));
        (await Money.PremiAsync(await _kit.SignedInAsync("sindaco"), demo.Plan.Id, 2024)).Sheets.ShouldBeGreaterThan(0);
        await Should.ThrowAsync<DomainException>(async () => await Money.PremiAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, 2031));
    }

    [Fact]
    public async Task TheDifferentiationCheckListsEachEvaluatorsScores()
    {
        var rows = await Money.DifferentiationAsync(await _kit.SignedInAsync("niv"), 2024);

        var resp2 = await _kit.SignedInAsync("resp2");
        var given = (await _kit.Sheets.ListToEvaluateAsync(resp2)).Where(s => s.Year == 2024).ToList();
        var name = (await _kit.Sheets.GetAsync(resp2, given[0].Id)).ShouldNotBeNull().Evaluators[0].Name;
        var row = rows.Single(r => r.Evaluator == name);
        row.Check.Sheets.ShouldBe(given.Count);
        var totals = new List<decimal>();
        foreach (var g in given)
        {
            totals.Add((await _kit.Sheets.GetAsync(resp2, g.Id)).ShouldNotBeNull().Figures!.DAfterSanctions);
        }

        row.Totals.ShouldBe(totals.Order().ToList());
        row.Check.Warning.ShouldBe(row.Check.Sheets >= DifferentiationCheck.MinimumSheets && row.Check.TopBandSharePct >= 90m);
    }

    [Fact]
    public async Task AWhatIfChangesTheFiguresAndWritesNothing()
    {
        var niv = await _kit.SignedInAsync("niv");
        var summary = (await _kit.Sheets.ListAllAsync(niv, 2024)).First(s => s.Role == EvaluatedRole.Dipendente);
        var before = (await _kit.Sheets.GetAsync(niv, summary.Id)).ShouldNotBeNull();
        var audit = await AuditCountAsync();

        var firstObjective = before.Objectives[0].ObjectiveId;
        var view = (await Money.WhatIfAsync(niv, summary.Id, [new AgreedAchievement(firstObjective, null, Excluded: true)], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
            .ShouldNotBeNull();

        view.Stored.ShouldNotBeNull().D.ShouldBe(before.Figures!.D);
        view.Simulated.D.ShouldBeLessThan(view.Stored.D);
        view.Simulated.Explanation.ShouldContain(line => line.Contains("escluso", StringComparison.OrdinalIgnoreCase));
        var after = (await _kit.Sheets.GetAsync(niv, summary.Id)).ShouldNotBeNull();
        after.Version.ShouldBe(before.Version);
        after.Items.Select(i => i.Score).ShouldBe(before.Items.Select(i => i.Score));
        after.Objectives.Select(o => (o.AgreedPct, o.Excluded)).ShouldBe(before.Objectives.Select(o => (o.AgreedPct, o.Excluded)));
        (await AuditCountAsync()).ShouldBe(audit);
    }

    [Fact]
    public async Task AWhatIfRefusesAnAchievementAbove100AndThePersonEvaluated()
    {
        var niv = await _kit.SignedInAsync("niv");
        var summary = (await _kit.Sheets.ListAllAsync(niv, 2024)).First(s => s.Role == EvaluatedRole.Dipendente);
        var sheet = (await _kit.Sheets.GetAsync(niv, summary.Id)).ShouldNotBeNull();

        var error = await Should.ThrowAsync<DomainException>(async () =>
            await Money.WhatIfAsync(niv, summary.Id, [new AgreedAchievement(sheet.Objectives[1].ObjectiveId, 120m)], null));
        await Should.ThrowAsync<AccessDeniedException>(async () => await Money.WhatIfAsync(await _kit.PersonAsync(sheet.PersonId), summary.Id, [], null));

        error.Field.ShouldBe("achievements[0].pct");
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = await demo.NewContextAsync();
        return await db.AuditEntries.CountAsync();
    }
}
