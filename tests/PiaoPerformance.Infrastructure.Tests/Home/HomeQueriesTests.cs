using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Home;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Evaluation;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Home;

/// <summary>
/// The home page's queries on the demo comune in real PostgreSQL: each demo role gets the blocks of its roles and
/// nothing else, with figures that match what the database holds and what "Le mie unità" computes.
/// </summary>
public sealed class HomeQueriesTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private readonly SheetTestKit _kit = new(demo);

    private HomeQueries Queries => demo.Get<HomeQueries>();

    [Fact]
    public async Task TheSegretarioSeesEveryUnitWithItsObjectivesProblemsAndSheetsAndNoOtherRolesBlocks()
    {
        var segretario = await _kit.SignedInAsync("segretario");

        var home = await Queries.LoadAsync(segretario);

        home.Plan.ShouldNotBeNull().Id.ShouldBe(demo.Plan.Id);
        var block = home.Segretario.ShouldNotBeNull();
        await using var db = await demo.NewContextAsync();
        var units = await db.OrgUnits.OrderBy(u => u.SortOrder).Select(u => u.Code).ToListAsync();
        block.Units.Select(u => u.Code).ShouldBe(units);
        var objectives = await db.Objectives.Where(o => o.PlanCycleId == demo.Plan.Id && o.Status != ObjectiveStatus.Cancelled && o.OwnerUnitId != null)
            .GroupBy(o => o.OwnerUnitId!.Value).ToDictionaryAsync(g => g.Key, g => g.Count());
        block.Units.ShouldAllBe(u => u.Objectives == objectives.GetValueOrDefault(u.Id));
        block.Units.Sum(u => u.Objectives).ShouldBeGreaterThan(0);
        block.Units.ShouldAllBe(u => u.Years.Select(y => y.Year).SequenceEqual(new[] { 2024, 2025, 2026 }));
        var problems = (await demo.Get<MyUnitsQueries>().ListAsync(segretario)).Single(p => p.PlanId == demo.Plan.Id).Units.Sum(u => u.Problems.Count);
        block.Problems.ShouldBe(problems);
        var sheets = await db.EvaluationSheets.CountAsync();
        block.SheetStates.Sum(s => s.Count).ShouldBe(sheets);
        (home.Niv, home.MyUnits, home.Giunta, home.Admin).ShouldBe((null, null, null, null));
    }

    [Fact]
    public async Task AResponsabileSeesOnlyTheUnitsTheyHeadAndTheSheetsTheyFill()
    {
        var resp1 = await _kit.SignedInAsync("resp1");
        var headed = resp1.Units.Select(u => u.OrgUnitId).ToHashSet();

        var home = await Queries.LoadAsync(resp1);

        var units = home.MyUnits.ShouldNotBeNull();
        units.Select(u => u.Code).ShouldBe(demo.Plan.Units.Where(u => headed.Contains(u.Id)).Select(u => u.Code));
        units.Select(u => u.Code).ShouldContain("I");
        units.ShouldAllBe(u => u.Cards != null && u.Cards.Unit.Id == u.Id);
        units.ShouldAllBe(u => u.Objectives == demo.Plan.Units.Single(p => p.Id == u.Id).Objectives.Count(o => o.Status != ObjectiveStatus.Cancelled));
        var toEvaluate = home.ToEvaluate.ShouldNotBeNull();
        toEvaluate.ShouldNotBeEmpty();
        toEvaluate.ShouldAllBe(s => s.OrgUnitId != null && headed.Contains(s.OrgUnitId.Value) && s.State != SheetState.Validata);
        (home.Segretario, home.Niv, home.Giunta, home.Admin).ShouldBe((null, null, null, null));
    }

    [Fact]
    public async Task AnEmployeeSeesOnlyTheirOwnSheet()
    {
        var dip1 = await _kit.SignedInAsync("dip1");

        var home = await Queries.LoadAsync(dip1);

        home.MySheets.ShouldNotBeNull().ShouldHaveSingleItem().PersonId.ShouldBe(dip1.PersonId);
        (home.Segretario, home.Niv, home.MyUnits, home.ToEvaluate, home.Giunta, home.Admin).ShouldBe((null, null, null, null, null, null));
    }

    [Fact]
    public async Task TheNivSeesWhatIsLeftToMeasureAsTheMeasurePageCountsIt()
    {
        var niv = await _kit.SignedInAsync("niv");

        var home = await Queries.LoadAsync(niv);

        var block = home.Niv.ShouldNotBeNull();
        var progress = (await demo.Get<MeasurementQueries>().GetProgressAsync(niv, demo.Plan.Id, null)).ShouldNotBeNull();
        (block.Year, block.Objectives, block.ToMeasure).ShouldBe((progress.Year, progress.Rows.Count, progress.Rows.Count(r => !r.Measured)));
        var toEvaluate = home.ToEvaluate.ShouldNotBeNull();
        toEvaluate.ShouldNotBeEmpty();
        toEvaluate.ShouldAllBe(s => s.Role != Domain.Evaluation.EvaluatedRole.Dipendente);
        (home.Segretario, home.MyUnits, home.Admin).ShouldBe((null, null, null));
    }

    [Fact]
    public async Task TheGiuntaSeesEachYearOfTheCycleAndTheAdministratorTheSetup()
    {
        var giunta = await Queries.LoadAsync(await _kit.SignedInAsync("giunta"));
        var admin = await Queries.LoadAsync(await _kit.SignedInAsync("admin"));

        giunta.Giunta.ShouldNotBeNull().Select(y => y.Year).ShouldBe([2024, 2025, 2026]);
        (giunta.Segretario, giunta.Niv, giunta.MyUnits, giunta.ToEvaluate, giunta.Admin).ShouldBe((null, null, null, null, null));
        var setup = admin.Admin.ShouldNotBeNull();
        await using var db = await demo.NewContextAsync();
        (setup.Units, setup.People, setup.Accounts).ShouldBe((await db.OrgUnits.CountAsync(), await db.People.CountAsync(), await db.UserAccounts.CountAsync()));
        setup.Roles.Select(r => r.Role).ShouldContain(Domain.Access.AppRole.Niv);
        admin.Segretario.ShouldBeNull();
    }

    [Fact]
    public async Task ASheetPastItsObservationsDeadlineIsOverdueForTheSegretario()
    {
        var sheet = await _kit.FillAsync(await _kit.OpenEmployeeSheetAsync(1, 2025));
        await _kit.Sheets.NotifyAsync(await _kit.SignedInAsync("resp2"), sheet.Id, new DateOnly(2025, 3, 3));

        var home = await Queries.LoadAsync(await _kit.SignedInAsync("segretario"));

        var overdue = home.Segretario.ShouldNotBeNull().OverdueSheets.ShouldHaveSingleItem();
        (overdue.Id, overdue.State, overdue.Deadline.Due, overdue.Year).ShouldBe((sheet.Id, SheetState.Notificata, new DateOnly(2025, 3, 17), 2025));
        overdue.PersonName.ShouldBe(sheet.PersonName);
        home.Segretario.SheetStates.ShouldContain(s => s.Year == 2025 && s.State == SheetState.Notificata && s.Count == 1);
    }
}
