using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Evaluation;

/// <summary>SPEC §4.12 and Example 9 on the demo's units: who evaluates an employee transferred from Settore I to Settore II.</summary>
public sealed class SheetTransferTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private readonly SheetTestKit _kit = new(demo);

    [Fact]
    public async Task TransferredOn20MayTheEmployeeGetsOneSheetOfSettoreIiEvaluatedByItsHead()
    {
        var person = await TransferredAsync("Maggio", new DateOnly(2025, 5, 20));

        var sheets = await _kit.Sheets.OpenByPrevalenceAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, person, 2025, jointSheetOnTie: true);

        var sheet = sheets.ShouldHaveSingleItem();
        sheet.OrgUnitId.ShouldBe(_kit.SettoreII.Id);
        sheet.IsJoint.ShouldBeFalse();
        sheet.Evaluators.ShouldHaveSingleItem().PersonId.ShouldBe((await _kit.SignedInAsync("resp2")).PersonId);
    }

    [Fact]
    public async Task TransferredOn1JulyTheEmployeeGetsOneJointSheetOfBothHeadsWhoBothFillIt()
    {
        var person = await TransferredAsync("Luglio", new DateOnly(2025, 7, 1));
        var (resp1, resp2) = (await _kit.SignedInAsync("resp1"), await _kit.SignedInAsync("resp2"));

        var sheet = (await _kit.Sheets.OpenByPrevalenceAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, person, 2025, jointSheetOnTie: true))
            .ShouldHaveSingleItem();
        var byResp1 = await _kit.Sheets.UpdateAsync(resp1, sheet.Id, new Infrastructure.Evaluation.SheetEdit(EntePerformance: 90m), sheet.Version);
        await _kit.Sheets.UpdateAsync(resp2, sheet.Id, new Infrastructure.Evaluation.SheetEdit(EntePerformance: 91m), byResp1.Version);

        sheet.IsJoint.ShouldBeTrue();
        sheet.Evaluators.Select(e => (e.PersonId, e.Role)).ShouldBe([(resp1.PersonId, SheetEvaluatorRole.Valutatore), (resp2.PersonId, SheetEvaluatorRole.Congiunto)]);
        (await _kit.Sheets.ListToEvaluateAsync(resp1)).ShouldContain(s => s.Id == sheet.Id);
        (await _kit.Sheets.ListToEvaluateAsync(resp2)).ShouldContain(s => s.Id == sheet.Id);
        (await _kit.Sheets.GetAsync(resp1, sheet.Id))!.Inputs.EntePerformance.ShouldBe(91m);
    }

    [Fact]
    public async Task OnATieWithoutAJointSheetTheEmployeeGetsTwoSheets()
    {
        var person = await TransferredAsync("Due", new DateOnly(2025, 7, 1));

        var sheets = await _kit.Sheets.OpenByPrevalenceAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, person, 2025, jointSheetOnTie: false);

        sheets.Select(s => s.OrgUnitId).ShouldBe([demo.Plan.Units.Single(u => u.Code == "I").Id, _kit.SettoreII.Id]);
        sheets.ShouldAllBe(s => !s.IsJoint);
    }

    [Fact]
    public async Task APersonWithNoAssignmentInTheYearIsRefused()
    {
        var person = await TransferredAsync("Nessuno", new DateOnly(2025, 7, 1));

        var error = await Should.ThrowAsync<DomainException>(async () =>
            await _kit.Sheets.OpenByPrevalenceAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, person, 2026, jointSheetOnTie: true));

        error.Field.ShouldBe("personId");
    }

    /// <summary>A fictitious employee in Settore I from 1 January 2025 and in Settore II from <paramref name="transfer"/>.</summary>
    private async Task<Guid> TransferredAsync(string familyName, DateOnly transfer)
    {
        await using var db = await demo.NewContextAsync();
        var (oneId, twoId) = (demo.Plan.Units.Single(x => x.Code == "I").Id, _kit.SettoreII.Id);
        var one = await db.OrgUnits.SingleAsync(u => u.Id == oneId);
        var two = await db.OrgUnits.SingleAsync(u => u.Id == twoId);
        var person = new Person(one.MunicipalityId, null, "Trasferito", familyName);
        db.People.Add(person);
        db.StaffAssignments.Add(new StaffAssignment(one, person, "Istruttore amministrativo", ClassificationArea.Istruttori, new DateOnly(2025, 1, 1), transfer.AddDays(-1)));
        db.StaffAssignments.Add(new StaffAssignment(two, person, "Istruttore amministrativo", ClassificationArea.Istruttori, transfer, new DateOnly(2025, 12, 31)));
        await db.SaveChangesAsync();
        return person.Id;
    }
}
