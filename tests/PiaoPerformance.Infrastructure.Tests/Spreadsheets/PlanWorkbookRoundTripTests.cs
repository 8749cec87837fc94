using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Infrastructure.Seed;
using PiaoPerformance.Infrastructure.Spreadsheets;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Spreadsheets;

/// <summary>
/// Issue 9's acceptance: the demo plan exported, imported into an empty cycle of an ente with the same lookups, and
/// exported again gives the same workbook, cell by cell. No database id is written to the workbook, so nothing is
/// excluded from the comparison.
/// </summary>
public sealed class PlanWorkbookRoundTripTests(DemoDatabase database) : IClassFixture<DemoDatabase>
{
    private PlanSpreadsheetService Spreadsheets => database.Get<PlanSpreadsheetService>();

    [Fact]
    public async Task TheDemoPlanExportedImportedIntoAnEmptyCycleAndExportedAgainIsTheSameWorkbook()
    {
        var first = (await Spreadsheets.ExportAsync(database.Reader, database.Plan.Id)).ShouldNotBeNull();
        var (segretario, emptyPlanId) = await EmptyCopyOfTheDemoEnteAsync();

        var preview = await Spreadsheets.ImportAsync(segretario, emptyPlanId, "piano.xlsx", first.Content, dryRun: true);
        preview.Errors.ShouldBeEmpty(string.Join("\n", preview.Errors.Select(e => $"{e.Where}: {e.Message}")));
        preview.Saved.ShouldBeFalse();
        var result = await Spreadsheets.ImportAsync(segretario, emptyPlanId, "piano.xlsx", first.Content, dryRun: false);
        var second = (await Spreadsheets.ExportAsync(segretario, emptyPlanId)).ShouldNotBeNull();

        result.Saved.ShouldBeTrue();
        result.Created.ShouldBe(database.Plan.Units.Sum(u => u.Objectives.Count) + database.Plan.CrossCuttingObjectives.Count
            + database.Plan.CrossCuttingObjectives.Sum(c => c.Children.Count));
        var before = Workbooks.Cells(first.Content);
        var after = Workbooks.Cells(second.Content);
        after.Keys.Except(before.Keys).ShouldBeEmpty();
        before.Keys.Except(after.Keys).ShouldBeEmpty();
        foreach (var (cell, value) in before)
        {
            after[cell].ShouldBe(value, cell);
        }

        var again = await Spreadsheets.ImportAsync(segretario, emptyPlanId, "piano.xlsx", second.Content, dryRun: true);
        (again.Created, again.Updated, again.Unchanged).ShouldBe((0, 0, result.Created));
    }

    [Fact]
    public async Task TheExportHasEverySheetWithNumbersAsNumbersAndTheReadMe()
    {
        var file = (await Spreadsheets.ExportAsync(database.Reader, database.Plan.Id)).ShouldNotBeNull();

        var cells = Workbooks.Cells(file.Content);
        cells.Keys.Select(k => k[..k.IndexOf('!')]).Distinct()
            .ShouldBe(["Attese", "Contributi", "Elenchi", "Fasi", "Indicatori", "Leggimi", "Obiettivi", "Regole"], ignoreOrder: true);
        cells["Obiettivi!A1"].ShouldStartWith("Rif.");
        cells["Obiettivi!K1"].ShouldStartWith("Descrizione obiettivo");
        cells.Where(c => c.Key.StartsWith("Obiettivi!R", StringComparison.Ordinal) && c.Key != "Obiettivi!R1")
            .ShouldAllBe(c => c.Value.EndsWith("(stile 2)", StringComparison.Ordinal));
        cells.Values.ShouldContain(v => v.StartsWith("Descrizione obiettivo", StringComparison.Ordinal));
        file.FileName.ShouldBe("piano-2024-2026.xlsx");
    }

    /// <summary>The demo ente's lookups, units and people under another code, with its cycle and no objectives; and its Segretario.</summary>
    private async Task<(Actor Segretario, Guid Plan)> EmptyCopyOfTheDemoEnteAsync()
    {
        var document = PlanDocumentReader.ReadEmbedded(PlanDocumentReader.CassanoDemo);
        document = document with
        {
            Municipality = document.Municipality with { Code = $"copia-{Guid.NewGuid():N}"[..14] },
            CrossCuttingObjectives = [],
            Units = document.Units.Select(u => u with { Objectives = [] }).ToList(),
        };
        var copy = PlanDocumentBuilder.Build(document);
        await using var db = await database.NewContextAsync();
        db.Municipalities.Add(copy.Municipality);
        db.PlanCycles.Add(copy.Cycle);
        db.MandateLines.AddRange(copy.MandateLines);
        db.DupCodes.AddRange(copy.DupCodes);
        db.People.AddRange(copy.People);
        db.OrgUnits.AddRange(copy.Units);
        db.ManagerAssignments.AddRange(copy.Managers);
        db.StaffAssignments.AddRange(copy.Staff);
        await db.SaveChangesAsync();
        (await db.Objectives.CountAsync(o => o.PlanCycleId == copy.Cycle.Id)).ShouldBe(0);
        var post = copy.Managers.First(m => m.Role == ManagerRole.Segretario);
        var person = copy.People.Single(p => p.Id == post.PersonId);
        var account = new UserAccount(copy.Municipality.Id, person.Id, $"test-{Guid.NewGuid():N}"[..20], "hash");
        var segretario = Actor.Create(account, person, [], copy.Managers, [], DateOnly.FromDateTime(DateTime.UtcNow),
            new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));
        return (segretario, copy.Cycle.Id);
    }
}
