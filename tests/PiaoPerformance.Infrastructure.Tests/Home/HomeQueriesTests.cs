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
        var units = await db.OrgUnits.Where(u => u.MunicipalityId == segretario.MunicipalityId).OrderBy(u => u.SortOrder).Select(u => u.Code).ToListAsync();
        block.Units.Select(u => u.Code).ShouldBe(units);
        var objectives = await db.Objectives.Where(o => o.PlanCycleId == demo.Plan.Id && o.Status != ObjectiveStatus.Cancelled && o.OwnerUnitId != null)
            .GroupBy(o => o.OwnerUnitId!.Value).ToDictionaryAsync(g => g.Key, g => g.Count());
        block.Units.ShouldAllBe(u => u.Objectives == objectives.GetValueOrDefault(u.Id));
        block.Units.Sum(u => u.Objectives).ShouldBeGreaterThan(0);
        block.Units.ShouldAllBe(u => u.Years.Select(y => y.Year).SequenceEqual(new[] { 2024, 2025, 2026 }));
        // The same states and problems as "Le mie unità", unit by unit.
        var listed = (await demo.Get<MyUnitsQueries>().ListAsync(segretario)).Single(p => p.PlanId == demo.Plan.Id).Units.ToDictionary(u => u.Unit.Id);
        block.Units.ShouldAllBe(u => u.Approval != null && u.Approval.State == listed[u.Id].State
            && u.Approval.Problems.Select(p => p.Message).SequenceEqual(listed[u.Id].Problems.Select(p => p.Message)));
        block.Problems.ShouldBe(listed.Values.Sum(u => u.Problems.Count));
        var sheets = await db.EvaluationSheets.CountAsync(s => s.MunicipalityId == segretario.MunicipalityId);
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
        units.ShouldAllBe(u => u.Approval != null && u.Approval.UnitId == u.Id);
        var listed = (await demo.Get<MyUnitsQueries>().ListAsync(resp1)).Single(p => p.PlanId == demo.Plan.Id).Units;
        units.Select(u => (u.Approval!.State, Problems: string.Join("|", u.Approval.Problems.Select(p => p.Message))))
            .ShouldBe(listed.Select(u => (u.State, Problems: string.Join("|", u.Problems.Select(p => p.Message)))));
        units.ShouldAllBe(u => u.Objectives == demo.Plan.Units.Single(p => p.Id == u.Id).Objectives.Count(o => o.Status != ObjectiveStatus.Cancelled));
        var toEvaluate = home.ToEvaluate.ShouldNotBeNull();
        toEvaluate.ShouldNotBeEmpty();
        toEvaluate.ShouldAllBe(s => s.OrgUnitId != null && headed.Contains(s.OrgUnitId.Value) && s.State != SheetState.Validata);
        (home.Segretario, home.Niv, home.Giunta, home.Admin).ShouldBe((null, null, null, null));
    }

    [Fact]
    public async Task BlockingProblemsAndStatesAreThoseOfLeMieUnitaForTheSegretarioAndForAHead()
    {
        var plan = await new TestPlan().Unit("I", 30m, 20m).Unit("II", 60m).CrossCutting(40m).WithSegretario().SaveAsync(demo.ContextFactory);
        var myUnits = demo.Get<MyUnitsQueries>();
        await demo.Get<Infrastructure.Lifecycle.PlanLifecycleService>().SubmitUnitAsync(TestActors.Of(plan, plan.HeadOf("II")), plan.Cycle.Id, plan.Units.Single(u => u.Code == "II").Id);

        foreach (var actor in new[] { TestActors.SegretarioOf(plan), TestActors.Of(plan, plan.HeadOf("I")) })
        {
            var home = await Queries.LoadAsync(actor);

            var units = home.Segretario?.Units ?? home.MyUnits.ShouldNotBeNull();
            var listed = (await myUnits.ListAsync(actor)).Single().Units;
            units.Select(u => u.Code).ShouldBe(listed.Select(u => u.Unit.Code));
            units.Select(u => (u.Approval!.State, string.Join("|", u.Approval.Problems.Select(p => p.Message))))
                .ShouldBe(listed.Select(u => (u.State, string.Join("|", u.Problems.Select(p => p.Message)))));
            units.Sum(u => u.Approval!.Problems.Count).ShouldBeGreaterThan(0);
        }
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
        var administrator = await _kit.SignedInAsync("admin");
        var admin = await Queries.LoadAsync(administrator);
        var ente = administrator.MunicipalityId;

        giunta.Giunta.ShouldNotBeNull().Select(y => y.Year).ShouldBe([2024, 2025, 2026]);
        (giunta.Segretario, giunta.Niv, giunta.MyUnits, giunta.ToEvaluate, giunta.Admin).ShouldBe((null, null, null, null, null));
        var setup = admin.Admin.ShouldNotBeNull();
        await using var db = await demo.NewContextAsync();
        (setup.Units, setup.People, setup.Accounts).ShouldBe((await db.OrgUnits.CountAsync(u => u.MunicipalityId == ente), await db.People.CountAsync(p => p.MunicipalityId == ente), await db.UserAccounts.CountAsync(a => a.MunicipalityId == ente)));
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
