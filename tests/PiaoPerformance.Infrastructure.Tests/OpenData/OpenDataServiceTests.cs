using System.Globalization;
using Microsoft.EntityFrameworkCore;
using System.Text;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.OpenData;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Infrastructure.Tests.Evaluation;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.OpenData;

/// <summary>
/// The data sets on the demo database: the figures are the services' own (premi summary, measure page, sheet page),
/// each reader gets what the access rules let them read, and premi.csv is byte for byte what it was before issue 9.
/// </summary>
public sealed class OpenDataServiceTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private const int Year = 2024;
    private readonly SheetTestKit _kit = new(demo);

    private OpenDataService Data => demo.Get<OpenDataService>();

    [Fact]
    public async Task ThePremiExportTotalsEqualThePremiSummaryInEveryFormat()
    {
        var segretario = await _kit.SignedInAsync("segretario");
        var report = await demo.Get<MoneyService>().PremiAsync(segretario, demo.Plan.Id, Year);

        var premi = (await Data.ReadAsync(segretario, OpenDataSet.Premi, demo.Plan.Id, Year)).ShouldNotBeNull();

        report.Summary.People.ShouldBeGreaterThan(0);
        var bands = premi.Table.Rows.Where(r => (string?)r[2] != "Totale").ToList();
        var totals = premi.Table.Rows.Where(r => (string?)r[2] == "Totale").ToList();
        bands.Sum(r => (decimal)r[5]!).ShouldBe(report.Summary.Money);
        bands.Sum(r => (int)r[4]!).ShouldBe(report.Summary.People);
        totals.Sum(r => (decimal)r[5]!).ShouldBe(report.Summary.Money);
        totals.Select(r => ((string)r[1]!, (decimal)r[6]!)).ShouldBe(report.Summary.Roles.Select(r => (PremiCsv.RoleLabel(r.Role), r.DifferentiationPct)));

        var xlsx = XlsxWriterTests.Read(premi.File(ExportFormat.Xlsx).Content).Rows.Skip(1).Where(r => (string?)r[2] != "Totale");
        ((decimal)xlsx.Sum(r => (double)r[5]!)).ShouldBe(report.Summary.Money, 0.005m);
        var rfc = Rfc4180.Parse(Encoding.UTF8.GetString(premi.File(ExportFormat.CsvRfc4180).Content), ',').Skip(1).Where(r => r[2] != "Totale");
        rfc.Sum(r => decimal.Parse(r[5], CultureInfo.InvariantCulture)).ShouldBe(report.Summary.Money);
        premi.File(ExportFormat.CsvIt).FileName.ShouldBe($"premi-{Year}-it.csv");
    }

    [Theory]
    [InlineData(CsvDialect.It)]
    [InlineData(CsvDialect.Rfc4180)]
    public async Task PremiCsvIsByteForByteWhatItWasBeforeTheTableWriter(CsvDialect dialect)
    {
        var report = await demo.Get<MoneyService>().PremiAsync(await _kit.SignedInAsync("segretario"), demo.Plan.Id, Year);
        var tricky = PremiSummary.Summarise([
            .. report.Summary.Rows.Select(r => new PremiEntry(r.Role, r.BandLabel, r.BandPayPct, r.Money)),
            new PremiEntry(EvaluatedRole.Dipendente, "Fascia \"A\"; speciale, sì", 12.5m, 1234.5m),
            new PremiEntry(EvaluatedRole.Eq, null, null, null),
        ]);

        PremiCsv.Write(tricky, Year, dialect).ShouldBe(PremiCsvBefore(tricky, Year, dialect));
        PremiCsv.Write(report.Summary, Year, dialect).ShouldBe(PremiCsvBefore(report.Summary, Year, dialect));
    }

    [Fact]
    public async Task TheResultsAreWhatTheMeasurePageShowsForEachObjective()
    {
        var niv = await _kit.SignedInAsync("niv");
        await MeasureSomeAsync(niv);
        var queries = demo.Get<MeasurementQueries>();
        var view = (await queries.GetResultsAsync(niv, demo.Plan.Id, Year)).ShouldNotBeNull();

        var results = (await Data.ReadAsync(niv, OpenDataSet.Results, demo.Plan.Id, Year)).ShouldNotBeNull();

        view.Rows.Count.ShouldBeGreaterThan(5);
        results.Table.Rows.Count.ShouldBe(view.Rows.Count);
        var column = Array.FindIndex(ResultsTable.Columns, c => c.Name == "percentuale_raggiungimento");
        for (var i = 0; i < view.Rows.Count; i++)
        {
            var measure = (await queries.GetMeasurementAsync(niv, view.Rows[i].ObjectiveId, Year)).ShouldNotBeNull();
            ((decimal?)results.Table.Rows[i][column]).ShouldBe(measure.EffectivePct, view.Rows[i].Code);
            view.Rows[i].Excluded.ShouldBe(measure.IsFinal ? measure.AgreedExcluded : measure.Excluded);
            view.Rows[i].Title.ShouldBe(measure.ObjectiveTitle);
        }

        view.Rows.Count(r => r.AchievementPct != null).ShouldBeGreaterThanOrEqualTo(2);
        view.Rows.ShouldContain(r => r.Excluded && r.ExclusionReason == "Prova di esclusione");
        view.Rows.ShouldContain(r => r.IsFinal && r.AchievementPct == 90m && r.AgreedOn != null);
    }

    [Fact]
    public async Task AnEmployeeGetsOnlyTheirOwnSheetAndTheSegretarioEverySheetAsItsPageShowsIt()
    {
        var (dip1, segretario) = (await _kit.SignedInAsync("dip1"), await _kit.SignedInAsync("segretario"));
        var sheets = _kit.Sheets;

        var own = (await sheets.ListReadableAsync(dip1, demo.Plan.Id, Year)).ShouldNotBeNull();
        var all = (await sheets.ListReadableAsync(segretario, demo.Plan.Id, Year)).ShouldNotBeNull();

        own.Sheets.ShouldNotBeEmpty();
        own.Sheets.ShouldAllBe(s => s.PersonId == dip1.PersonId);
        own.Sheets.Select(s => s.Id).ShouldBe((await sheets.ListMineAsync(dip1)).Where(s => s.Year == Year).Select(s => s.Id), ignoreOrder: true);
        all.Sheets.Select(s => s.Id).ShouldBe((await sheets.ListAllAsync(segretario, Year)).Select(s => s.Id), ignoreOrder: true);
        var table = SheetsTable.From(all);
        var d = Array.FindIndex(SheetsTable.Columns, c => c.Name == "punteggio_finale");
        var pay = Array.FindIndex(SheetsTable.Columns, c => c.Name == "premio");
        for (var i = 0; i < all.Sheets.Count; i++)
        {
            var page = (await sheets.GetAsync(segretario, all.Sheets[i].Id)).ShouldNotBeNull();
            ((decimal?)table.Rows[i][d]).ShouldBe(page.Figures?.DAfterSanctions);
            ((decimal?)table.Rows[i][pay]).ShouldBe(page.Figures?.Pay);
        }
    }

    [Fact]
    public async Task AnotherEntesOrAMadeUpPlanIsNotFoundAndAYearOutsideThePlanIsRefused()
    {
        var segretario = await _kit.SignedInAsync("segretario");

        foreach (var set in new[] { OpenDataSet.Results, OpenDataSet.Sheets })
        {
            (await Data.ReadAsync(segretario, set, Guid.NewGuid(), Year)).ShouldBeNull();
            (await Should.ThrowAsync<DomainException>(() => Data.ReadAsync(segretario, set, demo.Plan.Id, 2031))).Field.ShouldBe("year");
        }

        await Should.ThrowAsync<NotFoundException>(() => Data.ReadAsync(segretario, OpenDataSet.Premi, Guid.NewGuid(), Year));
        await Should.ThrowAsync<AccessDeniedException>(async () => await Data.ReadAsync(await _kit.SignedInAsync("resp1"), OpenDataSet.Premi, demo.Plan.Id, Year));
        (await Data.ReadAsync(segretario, OpenDataSet.Results, demo.Plan.Id, null)).ShouldNotBeNull().Year.ShouldBe(demo.Plan.StartYear);
    }

    /// <summary>The NIV measures three objectives of the year: one at 80 %, one excluded, one agreed at 90 % (once).</summary>
    private async Task MeasureSomeAsync(Actor niv)
    {
        await using var db = await demo.NewContextAsync();
        if (await db.Set<ObjectiveMeasurement>().AnyAsync(m => m.PlanCycleId == demo.Plan.Id && m.Year == Year))
        {
            return;
        }

        var plan = await db.PlanCycles.SingleAsync(p => p.Id == demo.Plan.Id);
        var objectives = await db.Objectives.Where(o => o.PlanCycleId == plan.Id && o.Status != ObjectiveStatus.Cancelled).OrderBy(o => o.SortOrder).Take(3).ToListAsync();
        var (overridden, excluded, agreed) = (new ObjectiveMeasurement(plan, objectives[0], Year), new ObjectiveMeasurement(plan, objectives[1], Year),
            new ObjectiveMeasurement(plan, objectives[2], Year));
        overridden.Override(80m, "Prova di valore");
        excluded.Exclude("Prova di esclusione");
        agreed.Override(90m, "Prova di accordo");
        agreed.SignOff(niv.PersonId, DateTimeOffset.UtcNow);
        agreed.Agree([niv.PersonId], niv.PersonId, DateTimeOffset.UtcNow);
        db.AddRange(overridden, excluded, agreed);
        await db.SaveChangesAsync();
    }

    /// <summary>premi.csv as written before issue 9 (the code of <c>PremiCsv.Write</c> then, kept verbatim as the reference).</summary>
    private static byte[] PremiCsvBefore(PremiSummaryResult summary, int year, CsvDialect dialect)
    {
        var (separator, culture) = dialect == CsvDialect.It ? (';', CultureInfo.GetCultureInfo("it-IT")) : (',', CultureInfo.InvariantCulture);
        string Number(decimal value) => value.ToString("0.00", culture);
        string Quote(string field) => field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
        var text = new StringBuilder();
        void Line(params string[] fields) => text.Append(string.Join(separator, fields.Select(Quote))).Append("\r\n");

        Line(PremiCsv.Header);
        foreach (var row in summary.Rows)
        {
            Line(year.ToString(CultureInfo.InvariantCulture), PremiCsv.RoleLabel(row.Role), row.BandLabel, row.BandPayPct is { } p ? Number(p) : "",
                row.People.ToString(CultureInfo.InvariantCulture), Number(row.Money), "");
        }

        foreach (var role in summary.Roles)
        {
            Line(year.ToString(CultureInfo.InvariantCulture), PremiCsv.RoleLabel(role.Role), "Totale", "", role.People.ToString(CultureInfo.InvariantCulture),
                Number(role.Money), Number(role.DifferentiationPct));
        }

        var body = Encoding.UTF8.GetBytes(text.ToString());
        return dialect == CsvDialect.It ? [.. Encoding.UTF8.GetPreamble(), .. body] : body;
    }
}
