using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Evaluation;

/// <summary>
/// The Segretario opens a year's sheets on the demo comune (SPEC §3.1, §4.12): 2025 as a whole, 2026 for fictitious
/// transferred employees only, so each test counts sheets no other test of the class opens.
/// </summary>
public sealed class SheetYearOpeningTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private readonly SheetTestKit _kit = new(demo);

    [Fact]
    public async Task OpeningTheYearOpensEveryMissingDraftOnceWithItsAuditRowAndASecondRunOpensNone()
    {
        var segretario = await _kit.SignedInAsync("segretario");
        var preview = await _kit.Sheets.PreviewYearAsync(segretario, demo.Plan.Id, 2025);
        var toOpen = preview.People.Where(p => p.CanOpen).ToList();

        var first = await _kit.Sheets.OpenYearAsync(segretario, demo.Plan.Id, new YearOpeningRequest(2025));
        var second = await _kit.Sheets.OpenYearAsync(segretario, demo.Plan.Id, new YearOpeningRequest(2025));

        toOpen.Count.ShouldBeGreaterThan(10, "the demo comune has staff and heads in every settore");
        first.Opened.ShouldBe(toOpen.Count, "nobody in the demo changes unit in 2025: one sheet each");
        second.Opened.ShouldBe(0);
        second.Skipped.Where(s => s.Reason == "Scheda del 2025 già aperta.").Select(s => s.PersonId).ShouldBe(toOpen.Select(p => p.PersonId), ignoreOrder: true);
        await using var db = await demo.NewContextAsync();
        var sheets = await db.EvaluationSheets.AsNoTracking().Where(s => s.Year == 2025).ToListAsync();
        sheets.Count.ShouldBe(toOpen.Count);
        sheets.ShouldAllBe(s => s.State == SheetState.Bozza);
        var audited = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(EvaluationSheet)).Select(a => a.EntityId).ToListAsync();
        sheets.ShouldAllBe(s => audited.Contains(s.Id));
        var after = await _kit.Sheets.PreviewYearAsync(segretario, demo.Plan.Id, 2025);
        after.People.Count(p => p.CanOpen).ShouldBe(0);
        after.People.Where(p => toOpen.Any(t => t.PersonId == p.PersonId)).ShouldAllBe(p => p.SheetsOpen == 1);
    }

    [Fact]
    public async Task EachRoleGetsTheEvaluatorOfSpec31AndAUnitWithoutAHeadIsSkippedWithTheReason()
    {
        var preview = await _kit.Sheets.PreviewYearAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, 2025);
        var resp2 = await _kit.SignedInAsync("resp2");

        preview.People.Where(p => p.Role == EvaluatedRole.Segretario).ShouldNotBeEmpty();
        preview.People.Where(p => p.Role == EvaluatedRole.Segretario).ShouldAllBe(p => p.EvaluatorKind == EvaluatorKind.Sindaco);
        preview.People.Single(p => p.PersonId == resp2.PersonId).ShouldSatisfyAllConditions(
            p => p.Role.ShouldBe(EvaluatedRole.Eq),
            p => p.EvaluatorKind.ShouldBe(EvaluatorKind.Niv, "no dirigente heads Settore II: its EQ is evaluated by the NIV (S3:729)"));
        var staffOfII = _kit.SettoreII.Staff.Select(s => s.PersonId).ToList();
        preview.People.Where(p => staffOfII.Contains(p.PersonId)).ShouldAllBe(p => p.Evaluators.Single().PersonId == resp2.PersonId);
        // Settore V's heads all left in 2024: its staff have nobody to evaluate them in 2025.
        var settoreV = demo.Plan.Units.Single(u => u.Code == "V");
        var staffOfV = settoreV.Staff.Select(s => s.PersonId).ToList();
        staffOfV.ShouldNotBeEmpty();
        preview.People.Where(p => staffOfV.Contains(p.PersonId)).ShouldAllBe(p =>
            p.SkipReason == $"L'unità «{settoreV.Name}» non ha un responsabile nel 2025: non si può stabilire chi valuta." && !p.CanOpen);
    }

    [Fact]
    public async Task ATransferredEmployeeGetsTwoSheetsOnATieOrOneJointSheetWhenAsked()
    {
        var segretario = await _kit.SignedInAsync("segretario");
        var two = await TransferredAsync("Duesched", new DateOnly(2026, 7, 1));
        var joint = await TransferredAsync("Congiunta", new DateOnly(2026, 7, 1));

        var preview = await _kit.Sheets.PreviewYearAsync(segretario, demo.Plan.Id, 2026);
        var result = await _kit.Sheets.OpenYearAsync(segretario, demo.Plan.Id, new YearOpeningRequest(2026, [two, joint], JointFor: [joint]));

        var row = preview.People.Single(p => p.PersonId == two);
        row.Tie.ShouldBeTrue();
        row.Months.Select(m => (m.UnitId, m.Months)).ShouldBe([(demo.Plan.Units.Single(u => u.Code == "I").Id, 6), (_kit.SettoreII.Id, 6)]);
        result.Opened.ShouldBe(3);
        result.Skipped.ShouldBeEmpty();
        await using var db = await demo.NewContextAsync();
        (await db.EvaluationSheets.CountAsync(s => s.PersonId == two && s.Year == 2026)).ShouldBe(2);
        var jointSheet = await db.EvaluationSheets.SingleAsync(s => s.PersonId == joint && s.Year == 2026);
        jointSheet.IsJoint.ShouldBeTrue();
    }

    [Fact]
    public async Task TwoRunsAtOnceForTheSamePersonOpenOneSheet()
    {
        var segretario = await _kit.SignedInAsync("segretario");
        var person = await TransferredAsync("Doppioclic", new DateOnly(2026, 3, 1));
        var request = new YearOpeningRequest(2026, [person]);

        var results = await Task.WhenAll(_kit.Sheets.OpenYearAsync(segretario, demo.Plan.Id, request), _kit.Sheets.OpenYearAsync(segretario, demo.Plan.Id, request));

        results.Sum(r => r.Opened).ShouldBe(1);
        await using var db = await demo.NewContextAsync();
        (await db.EvaluationSheets.CountAsync(s => s.PersonId == person)).ShouldBe(1);
    }

    [Fact]
    public async Task OnlyTheSegretarioOpensAndAnotherEntesPlanIsNotFound()
    {
        await Should.ThrowAsync<AccessDeniedException>(async () =>
            await _kit.Sheets.OpenYearAsync(await _kit.SignedInAsync("resp1"), demo.Plan.Id, new YearOpeningRequest(2026)));
        await Should.ThrowAsync<AccessDeniedException>(async () => await _kit.Sheets.PreviewYearAsync(await _kit.SignedInAsync("niv"), demo.Plan.Id, 2026));
        await Should.ThrowAsync<NotFoundException>(async () => await _kit.Sheets.OpenYearAsync(await _kit.SignedInAsync("segretario"), Guid.NewGuid(), new YearOpeningRequest(2026)));
        var outside = await Should.ThrowAsync<DomainException>(async () =>
            await _kit.Sheets.OpenYearAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, new YearOpeningRequest(2027)));
        outside.Field.ShouldBe("year");
    }

    /// <summary>A fictitious employee in Settore I from 1 January 2026 and in Settore II from <paramref name="transfer"/>.</summary>
    private async Task<Guid> TransferredAsync(string familyName, DateOnly transfer)
    {
        await using var db = await demo.NewContextAsync();
        var (oneId, twoId) = (demo.Plan.Units.Single(x => x.Code == "I").Id, _kit.SettoreII.Id);
        var one = await db.OrgUnits.SingleAsync(u => u.Id == oneId);
        var two = await db.OrgUnits.SingleAsync(u => u.Id == twoId);
        var person = new Person(one.MunicipalityId, null, "Trasferito", familyName);
        db.People.Add(person);
        db.StaffAssignments.Add(new StaffAssignment(one, person, "Istruttore amministrativo", ClassificationArea.Istruttori, new DateOnly(2026, 1, 1), transfer.AddDays(-1)));
        db.StaffAssignments.Add(new StaffAssignment(two, person, "Istruttore amministrativo", ClassificationArea.Istruttori, transfer, new DateOnly(2026, 12, 31)));
        await db.SaveChangesAsync();
        return person.Id;
    }
}
