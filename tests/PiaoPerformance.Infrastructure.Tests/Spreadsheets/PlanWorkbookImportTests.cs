using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Spreadsheets;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Spreadsheets;

/// <summary>
/// Importing the plan workbook: wrong cells and hostile files each get a message naming the cell or the reason, and
/// the database is left exactly as it was. The plan: Settore I with objectives weighing 60, a cross-cutting one of 40.
/// </summary>
public sealed class PlanWorkbookImportTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private PlanSpreadsheetService Spreadsheets => database.Get<PlanSpreadsheetService>();

    [Fact]
    public async Task ChangedCellsUpdateTheCardInOneAuditedSaveAndNewRowsAreCreated()
    {
        var (plan, segretario, file) = await PlanAsync();
        file = Workbooks.SetCell(file, "Obiettivi", "K2", text: "Titolo cambiato dal foglio");
        file = Workbooks.SetCell(file, "Obiettivi", "R2", number: 30m);
        file = NewRow(file, 4, "I-2", number: 2, weight: 30m);

        var result = await Spreadsheets.ImportAsync(segretario, plan.Cycle.Id, "piano.xlsx", file, dryRun: false);

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors.Select(e => $"{e.Where}: {e.Message}")));
        (result.Created, result.Updated, result.Unchanged, result.Saved).ShouldBe((1, 1, 1, true));
        await using var db = await database.NewContextAsync();
        var cards = await db.Objectives.AsNoTracking().Where(o => o.PlanCycleId == plan.Cycle.Id && o.Kind == ObjectiveKind.Unit).OrderBy(o => o.Number).ToListAsync();
        cards.Select(c => (c.Number, c.Title, c.Weight)).ShouldBe([(1, "Titolo cambiato dal foglio", 30m), (2, "Nuovo obiettivo 2", 30m)]);
        (await AuditRows.OfEnteAsync(database, plan.Municipality.Id)).ShouldContain(a => a.Reason != null && a.Reason.Contains("Importazione", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryWrongCellIsReportedWithItsAddressAndNothingIsSaved()
    {
        var (plan, segretario, file) = await PlanAsync();
        file = Workbooks.SetCell(file, "Obiettivi", "O2", text: "trentuno marzo");
        file = NewRow(file, 4, "I-1bis", number: 1, weight: 10m);
        file = NewRow(file, 5, "XIV-1", number: 1, weight: 10m);
        file = Workbooks.SetCell(file, "Obiettivi", "D5", text: "XIV");
        file = Workbooks.SetCell(file, "Attese", "B2", number: 2031m);
        file = Workbooks.SetCell(file, "Obiettivi", "T3", text: "NON-ESISTE");
        var before = await StateAsync(plan);

        var result = await Spreadsheets.ImportAsync(segretario, plan.Cycle.Id, "piano.xlsx", file, dryRun: false);

        var where = result.Errors.Select(e => e.Where).ToList();
        where.ShouldContain("Obiettivi!D5");
        where.ShouldContain("Obiettivi!O2");
        where.ShouldContain("Attese!B2");
        where.ShouldContain("Obiettivi!T3");
        result.Errors.ShouldContain(e => e.Where == "Obiettivi!F4" && e.Message.Contains("già usato", StringComparison.Ordinal));
        result.Errors.Single(e => e.Where == "Attese!B2").Message.ShouldContain("fuori dal ciclo 2024-2026");
        result.Errors.Single(e => e.Where == "Obiettivi!O2").Message.ShouldContain("gg/mm/aaaa");
        result.Saved.ShouldBeFalse();
        (await StateAsync(plan)).ShouldBe(before);
    }

    [Fact]
    public async Task WeightsThatDoNotTotalOneHundredForThePersonAreRefusedOnTheWeightCell()
    {
        var (plan, segretario, file) = await PlanAsync();
        file = Workbooks.SetCell(file, "Obiettivi", "R2", number: 50m);
        var before = await StateAsync(plan);

        var result = await Spreadsheets.ImportAsync(segretario, plan.Cycle.Id, "piano.xlsx", file, dryRun: false);

        result.Errors.ShouldHaveSingleItem().Where.ShouldBe("Obiettivi!R2");
        result.Errors[0].Message.ShouldContain("sommano a 90 % invece di 100 %");
        (await StateAsync(plan)).ShouldBe(before);
    }

    [Fact]
    public async Task AResponsabileChangesTheCardsOfTheirUnitButARowTheyMayNotChangeIsRefusedOnItsRif()
    {
        var (plan, _, file) = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var own = Workbooks.SetCell(file, "Obiettivi", "K2", text: "Titolo scritto dal responsabile");
        var crossCutting = Workbooks.SetCell(own, "Obiettivi", "K3", text: "Trasversale cambiato dal responsabile");
        var before = await StateAsync(plan);

        var refused = await Spreadsheets.ImportAsync(head, plan.Cycle.Id, "piano.xlsx", crossCutting, dryRun: false);
        var dryRun = await Spreadsheets.ImportAsync(head, plan.Cycle.Id, "piano.xlsx", own, dryRun: true);

        var problem = refused.Errors.ShouldHaveSingleItem();
        problem.Where.ShouldBe("Obiettivi!A3");
        problem.Message.ShouldContain("Solo il Segretario");
        (await StateAsync(plan)).ShouldBe(before);
        dryRun.Errors.ShouldBeEmpty();
        (dryRun.Updated, dryRun.Unchanged, dryRun.Saved).ShouldBe((1, 1, false));
        (await StateAsync(plan)).ShouldBe(before);
    }

    [Fact]
    public async Task AFormulaIsRefusedWithItsCellAddress()
    {
        var (plan, segretario, file) = await PlanAsync();
        file = Workbooks.SetCell(file, "Obiettivi", "R2", formula: "30*2");
        var before = await StateAsync(plan);

        var result = await Spreadsheets.ImportAsync(segretario, plan.Cycle.Id, "piano.xlsx", file, dryRun: false);

        var problem = result.Errors.ShouldHaveSingleItem();
        problem.Where.ShouldBe("Obiettivi!R2");
        problem.Message.ShouldContain("formula (=30*2)");
        (await StateAsync(plan)).ShouldBe(before);
    }

    [Fact]
    public async Task OneHundredThousandEmptyRowsAreSkippedInBoundedTime()
    {
        var (plan, segretario, file) = await PlanAsync();
        file = Workbooks.SetCell(file, "Obiettivi", "K2", text: "Titolo dopo le righe vuote");
        file = Workbooks.AppendEmptyRows(file, "Obiettivi", 100_000);
        var before = await StateAsync(plan);
        var clock = Stopwatch.StartNew();

        var result = await Spreadsheets.ImportAsync(segretario, plan.Cycle.Id, "piano.xlsx", file, dryRun: true);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
        result.Errors.ShouldBeEmpty();
        result.Rows.Count.ShouldBe(2);
        (result.Updated, result.Unchanged, result.Saved).ShouldBe((1, 1, false));
        (await StateAsync(plan)).ShouldBe(before);
    }

    [Fact]
    public async Task APdfRenamedToXlsxIsRefused() =>
        await RefusedAsync("piano.xlsx", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"), "è un PDF");

    [Fact]
    public async Task AMacroEnabledWorkbookIsRefusedByNameAndByContentType()
    {
        var (_, _, file) = await PlanAsync();
        await RefusedAsync("piano.xlsm", file, "con macro");
        var macro = EditZip(file, "[Content_Types].xml", xml => xml.Replace("sheet.main+xml", "sheet.macroEnabled.main+xml", StringComparison.Ordinal));
        await RefusedAsync("piano.xlsx", macro, "contiene macro");
    }

    [Fact]
    public async Task APasswordProtectedWorkbookIsRefused()
    {
        // An encrypted OOXML file is a CFB container holding EncryptionInfo and EncryptedPackage streams.
        var cfb = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(cfb, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(cfb, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(cfb, 1152);
        await RefusedAsync("piano.xlsx", cfb, "protetto da password");
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefused()
    {
        var big = new byte[(10 * 1024 * 1024) + 1];
        "PK\u0003\u0004"u8.CopyTo(big);
        await RefusedAsync("piano.xlsx", big, "dimensione massima consentita di 10 MB");
    }

    [Fact]
    public async Task AZipBombIsRefusedBeforeItIsInflated()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                await types.WriteAsync("<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"u8.ToArray());
            }

            await using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++)
            {
                await sheet.WriteAsync(zeros);
            }
        }

        buffer.Length.ShouldBeLessThan(1024 * 1024);
        await RefusedAsync("piano.xlsx", buffer.ToArray(), "zip bomb");
    }

    [Fact]
    public async Task APlanOutOfBozzaRefusesTheImportWithTheReason()
    {
        var (plan, segretario, file) = await PlanAsync();
        await using (var db = await database.NewContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"PlanCycles\" SET \"State\" = 'Approvato' WHERE \"Id\" = {0}", plan.Cycle.Id);
        }

        var refusal = await Should.ThrowAsync<AccessDeniedException>(() => Spreadsheets.ImportAsync(segretario, plan.Cycle.Id, "piano.xlsx", file, dryRun: true));
        refusal.Message.ShouldContain("solo in un piano in Bozza");
    }

    private async Task RefusedAsync(string fileName, byte[] content, string reason)
    {
        var (plan, segretario, _) = await PlanAsync();
        var before = await StateAsync(plan);

        var result = await Spreadsheets.ImportAsync(segretario, plan.Cycle.Id, fileName, content, dryRun: false);

        var problem = result.Errors.ShouldHaveSingleItem();
        problem.Message.ShouldContain(reason);
        result.Saved.ShouldBeFalse();
        (await StateAsync(plan)).ShouldBe(before);
    }

    private async Task<(TestPlan Plan, Actor Segretario, byte[] File)> PlanAsync()
    {
        var plan = await new TestPlan("Comune del Foglio").Unit("I", 60m).CrossCutting(40m).WithSegretario().SaveAsync(database.ContextFactory);
        var segretario = TestActors.SegretarioOf(plan);
        var file = (await Spreadsheets.ExportAsync(segretario, plan.Cycle.Id)).ShouldNotBeNull().Content;
        return (plan, segretario, file);
    }

    /// <summary>Objectives (number, title, weight, version) and audit rows of the plan's ente: equal means nothing was saved.</summary>
    private async Task<string> StateAsync(TestPlan plan)
    {
        await using var db = await database.NewContextAsync();
        var cards = await db.Objectives.AsNoTracking().Where(o => o.PlanCycleId == plan.Cycle.Id).OrderBy(o => o.SortOrder)
            .Select(o => $"{o.Number}|{o.Title}|{o.Weight}|{o.UpdatedAt:O}").ToListAsync();
        var audit = await db.AuditEntries.CountAsync(a => a.MunicipalityId == plan.Municipality.Id);
        return string.Join("\n", cards) + $"\naudit {audit}";
    }

    private static byte[] NewRow(byte[] file, int row, string reference, int number, decimal weight)
    {
        file = Workbooks.SetCell(file, "Obiettivi", $"A{row}", text: reference);
        file = Workbooks.SetCell(file, "Obiettivi", $"B{row}", text: "Operativo");
        file = Workbooks.SetCell(file, "Obiettivi", $"C{row}", text: "Di unità");
        file = Workbooks.SetCell(file, "Obiettivi", $"D{row}", text: "I");
        file = Workbooks.SetCell(file, "Obiettivi", $"F{row}", number: number);
        file = Workbooks.SetCell(file, "Obiettivi", $"K{row}", text: $"Nuovo obiettivo {number}");
        return Workbooks.SetCell(file, "Obiettivi", $"R{row}", number: weight);
    }

    private static byte[] EditZip(byte[] file, string entryName, Func<string, string> change)
    {
        using var buffer = new MemoryStream();
        buffer.Write(file);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(entryName)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(change(text));
        }

        return buffer.ToArray();
    }
}
