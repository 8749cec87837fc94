using System.Globalization;
using Bunit;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Web.Components.Charts;

namespace PiaoPerformance.Web.Tests.Components.Charts;

/// <summary>
/// The differentiation strip plot: one dot per sheet at its total D on the 0–100 axis, the domain check's warning
/// written beside the evaluator (not colour alone), and the scores in the data table and the figcaption.
/// </summary>
public sealed class SpreadChartTests : BunitContext
{
    private static EvaluatorDifferentiation Evaluator(string name, params (decimal D, bool Top)[] scores) =>
        new(name, scores.Select(s => s.D).Order().ToList(), scores.Select(_ => 20m).ToList(),
            DifferentiationCheck.Check(scores.Select(s => new GivenScore(s.D, 20m, 30m, s.Top)).ToList()));

    [Fact]
    public void EachSheetIsADotAtItsScoreAndTheWarningIsWritten()
    {
        var rows = new[]
        {
            Evaluator("Anna Bianchi", (95m, true), (96m, true), (95m, true)),
            Evaluator("Luca Verdi", (60m, false), (82.5m, true), (71m, false)),
        };

        var chart = Render<SpreadChart>(p => p.Add(x => x.Rows, rows).Add(x => x.Year, 2024));

        var evaluators = chart.FindAll("[data-testid=chart-evaluator]");
        evaluators.Count.ShouldBe(2);
        var dots = evaluators[1].QuerySelectorAll("[data-testid=chart-dot]");
        dots.Select(d => d.GetAttribute("data-value")).ShouldBe(["60", "71", "82.5"]);
        dots.Select(d => decimal.Parse(d.GetAttribute("cx")!, CultureInfo.InvariantCulture)).ShouldBe([230m + 0.6m * 360m, 230m + 0.71m * 360m, 230m + 0.825m * 360m]);
        var twins = evaluators[0].QuerySelectorAll("[data-testid=chart-dot]").Where(d => d.GetAttribute("data-value") == "95").ToList();
        twins.Count.ShouldBe(2);
        twins[0].GetAttribute("cy").ShouldNotBe(twins[1].GetAttribute("cy"), "equal scores stay visible one above the other");
        rows[0].Check.Warning.ShouldBeTrue();
        evaluators[0].QuerySelector("[data-testid=chart-warning]")!.TextContent.ShouldContain(ChartTexts.Warning);
        evaluators[1].QuerySelector("[data-testid=chart-warning]").ShouldBeNull();
        chart.FindAll("[data-testid=chart-value]").Select(c => c.TextContent).ShouldBe(["95; 95; 96", "60; 71; 82,5"]);
        chart.Find("figcaption").TextContent.ShouldBe(
            "Punteggi assegnati da ciascun valutatore, anno 2024 (totale D): Anna Bianchi 3 schede da 95 a 96, da verificare; Luca Verdi 3 schede da 60 a 82,5.");
    }

    [Fact]
    public void WithoutSheetsTheChartSaysSo()
    {
        var chart = Render<SpreadChart>(p => p.Add(x => x.Rows, Array.Empty<EvaluatorDifferentiation>()).Add(x => x.Year, 2025));

        chart.FindAll("svg").ShouldBeEmpty();
        chart.Find("[data-testid=chart-empty]").TextContent.ShouldBe(ChartTexts.NoSheets);
    }
}
