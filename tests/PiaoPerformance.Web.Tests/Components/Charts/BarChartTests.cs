using System.Globalization;
using Bunit;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Infrastructure.Dashboard;
using PiaoPerformance.Web.Components.Charts;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Tests.Components.Charts;

/// <summary>
/// The SVG bar charts drawn on the server: bars as long as their values, the same numbers (it-IT) in the data table and
/// in the figcaption, an accessible picture, bands told apart by pattern, and the Italian empty state.
/// </summary>
public sealed class BarChartTests : BunitContext
{
    private static readonly PremiSummaryResult Premi = PremiSummary.Summarise(
    [
        new PremiEntry(EvaluatedRole.Dipendente, "Fascia 1", 100m, 1_200m),
        new PremiEntry(EvaluatedRole.Dipendente, "Fascia 1", 100m, 1_300.5m),
        new PremiEntry(EvaluatedRole.Dipendente, "Fascia 2", 80m, 600m),
        new PremiEntry(EvaluatedRole.Eq, "Fascia 1", 100m, 4_000m),
    ]);

    [Fact]
    public void BarsAreProportionalToTheValuesAndTheTableAndCaptionHoldTheSameNumbers()
    {
        var chart = Render<MoneyByBandChart>(p => p.Add(x => x.Summary, Premi).Add(x => x.Year, 2024));

        var rects = chart.FindAll("rect[data-value]");
        rects.Count.ShouldBe(Premi.Rows.Count);
        var widths = rects.Select(r => decimal.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
        var values = rects.Select(r => decimal.Parse(r.GetAttribute("data-value")!, CultureInfo.InvariantCulture)).ToList();
        values.ShouldBe(Premi.Rows.Select(r => r.Money).ToList());
        for (var i = 0; i < widths.Count; i++)
        {
            (widths[i] / widths[0]).ShouldBe(values[i] / values[0], 0.001m);
        }

        widths.Max().ShouldBe(330m, "the largest value spans the axis");
        chart.FindAll("[data-testid=chart-value]").Select(c => c.TextContent).ShouldBe(Premi.Rows.Select(r => Fmt.Money(r.Money)).ToList());
        chart.FindAll("[data-testid=chart-value]")[1].TextContent.ShouldBe("€ 2.500,50", "rows by role (EQ first), then band");
        var caption = chart.Find("figcaption").TextContent;
        caption.ShouldContain($"totale {Fmt.Money(Premi.Money)}");
        caption.ShouldContain("Dipendenti · Fascia 1 € 2.500,50 (2 schede)");
        var svg = chart.Find("svg");
        (svg.GetAttribute("role"), svg.GetAttribute("aria-label")).ShouldBe(("img", "Premi per fascia, anno 2024"));
        chart.Find("details summary").TextContent.ShouldBe("Dati del grafico");
        chart.Find("details").HasAttribute("open").ShouldBeFalse();
    }

    [Fact]
    public void EachBandOfARoleHasItsOwnPatternNotOnlyItsColour()
    {
        var chart = Render<MoneyByBandChart>(p => p.Add(x => x.Summary, Premi).Add(x => x.Year, 2024));

        var fills = chart.FindAll("rect[data-value]").Select(r => r.GetAttribute("fill")!).ToList();
        fills[1].ShouldNotBe(fills[2], "Fascia 1 and Fascia 2 of the employees");
        fills[0].ShouldBe(fills[1], "the top band of every role shares its pattern");
        chart.FindAll("pattern").Count.ShouldBe(ChartPalette.Colours.Length);
        chart.FindAll("[data-testid=chart-bar-value]").Count.ShouldBe(Premi.Rows.Count, "every bar writes its value");
    }

    [Fact]
    public void TheDistributionGroupsTheEnteAndEachUnitAndCountsSheets()
    {
        var unit = PremiSummary.Summarise([new PremiEntry(EvaluatedRole.Dipendente, "Fascia 2", 80m, 600m)]);
        var data = new BandDistributionData(Guid.NewGuid(), 2024, Premi, [new BandGroup("Settore II", unit.Rows, unit.People)], Incomplete: 1);

        var chart = Render<BandDistributionChart>(p => p.Add(x => x.Data, data).Add(x => x.Expanded, true));

        chart.FindAll("[data-testid=chart-group]").Select(g => g.TextContent).ShouldBe(["Ente", "Settore II"]);
        chart.FindAll("[data-testid=chart-value]").Select(c => c.TextContent).ShouldBe(["1", "2", "1", "1"]);
        var widths = chart.FindAll("rect[data-value]").Select(r => decimal.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
        widths.ShouldBe([165m, 330m, 165m, 165m]);
        var fills = chart.FindAll("rect[data-value]").Select(r => r.GetAttribute("fill")).ToList();
        fills[3].ShouldBe(fills[2], "Fascia 2 keeps its pattern in the unit's group though it is the unit's only band");
        fills[3].ShouldNotBe(fills[1]);
        chart.Find("figcaption").TextContent.ShouldContain("nell'ente 4 schede");
        chart.Find("figcaption").TextContent.ShouldContain("non conteggiate: 1");
        chart.Find("details").HasAttribute("open").ShouldBeTrue("the PDFs print the data open");
    }

    [Fact]
    public void AchievementBarsUseTheHundredPercentAxisAndSayWhatIsStillOpen()
    {
        var data = new AchievementChartData(Guid.NewGuid(), 2024,
            [new AchievementBar("Settore I", 78.8889m, 4, 4), new AchievementBar("Settore II", null, 1, 2)],
            [new AchievementBar("OS1 Prevenzione della corruzione", 80m, 1, 1), new AchievementBar("OS2 Tempi di pagamento", null, 1, 1, Excluded: true)]);

        var chart = Render<AchievementCharts>(p => p.Add(x => x.Data, data));

        var units = chart.Find("[data-testid=chart-units]");
        var rect = units.QuerySelector("rect[data-value]")!;
        decimal.Parse(rect.GetAttribute("width")!, CultureInfo.InvariantCulture).ShouldBe(Math.Round(78.8889m / 100m * 330m, 2));
        units.QuerySelectorAll("rect[data-value]").Length.ShouldBe(1, "no bar while a measure is open");
        units.QuerySelectorAll("[data-testid=chart-value]").Select(c => c.TextContent).ShouldBe(["78,89 %", "non ancora calcolabile (1 di 2 concordati)"]);
        units.QuerySelector("figcaption")!.TextContent.ShouldContain("Settore I 78,89 %; Settore II non ancora calcolabile (1 di 2 concordati)");
        chart.Find("[data-testid=chart-strategic]").QuerySelectorAll("[data-testid=chart-value]").Select(c => c.TextContent).ShouldBe(["80 %", "escluso"]);
    }

    [Fact]
    public void WithoutDataTheChartSaysSoInItalianAndDrawsNothing()
    {
        var empty = new AchievementChartData(Guid.NewGuid(), 2024, [new AchievementBar("Settore I", null, 0, 3)], []);

        var chart = Render<AchievementCharts>(p => p.Add(x => x.Data, empty));

        chart.FindAll("svg").ShouldBeEmpty();
        chart.FindAll("[data-testid=chart-empty]").Select(e => e.TextContent).ShouldBe([ChartTexts.NoMeasures, ChartTexts.NoStrategic]);
        chart.FindAll("figcaption").Select(e => e.TextContent).ShouldBe([ChartTexts.UnitsTitle(2024), ChartTexts.StrategicTitle(2024)]);
        Render<MoneyByBandChart>(p => p.Add(x => x.Summary, PremiSummary.Summarise([])).Add(x => x.Year, 2025))
            .Find("[data-testid=chart-empty]").TextContent.ShouldBe(ChartTexts.NoSheets);
    }
}
