using Bunit;
using PiaoPerformance.Web.Components.Ui;

namespace PiaoPerformance.Web.Tests.Components.Ui;

/// <summary>The "Scarica" menu: four download links to the route's formats, the year and the CSV dialect in the query, an accessible group name.</summary>
public sealed class DownloadMenuTests : BunitContext
{
    [Fact]
    public void TheFourLinksPointAtTheRoutesFormatsWithTheYearAndTheDialect()
    {
        var cut = Render<DownloadMenu>(p => p.Add(x => x.Path, "/api/v1/plans/abc/results").Add(x => x.Year, 2025).Add(x => x.What, "i risultati 2025")
            .Add(x => x.TestId, "results"));

        var links = cut.FindAll("a");
        links.Select(a => a.GetAttribute("href")).ShouldBe([
            "/api/v1/plans/abc/results.xlsx?year=2025",
            "/api/v1/plans/abc/results.csv?year=2025&dialect=it",
            "/api/v1/plans/abc/results.csv?year=2025&dialect=rfc4180",
            "/api/v1/plans/abc/results.ods?year=2025",
        ]);
        links.ShouldAllBe(a => a.HasAttribute("download"));
        links.Select(a => a.TextContent).ShouldBe([DownloadTexts.Xlsx, DownloadTexts.CsvIt, DownloadTexts.CsvRfc, DownloadTexts.Ods]);
        cut.Find("[data-testid=results]").GetAttribute("aria-label").ShouldBe("Scarica i risultati 2025");
        cut.Find("[data-testid=results]").GetAttribute("role").ShouldBe("group");
    }

    [Fact]
    public void WithoutAYearOnlyTheDialectIsInTheQuery()
    {
        var cut = Render<DownloadMenu>(p => p.Add(x => x.Path, "/x").Add(x => x.What, "i dati"));

        cut.Find("[data-testid=download-csv-rfc]").GetAttribute("href").ShouldBe("/x.csv?dialect=rfc4180");
        cut.Find("[data-testid=download-xlsx]").GetAttribute("href").ShouldBe("/x.xlsx");
    }
}
