using Bunit;
using PiaoPerformance.Web.Components.Pages.Sheets;

namespace PiaoPerformance.Web.Tests.Components.Sheets;

/// <summary>The engine's explanation on the sheet: every line, in the engine's order, verbatim; none says so.</summary>
public sealed class SheetExplanationTests : BunitContext
{
    [Fact]
    public void TheLinesAreShownInTheEnginesOrderVerbatim()
    {
        string[] lines =
        [
            "Componente A = 92 × 20 % = 18,40",
            "Componente B = 91,43 × 40 % = 36,57",
            "Componente C = 42 / 50 × 40 % = 33,60",
            "D = 18,40 + 36,57 + 33,60 = 88,57",
        ];

        var cut = Render<SheetExplanation>(p => p.Add(x => x.Lines, lines));

        cut.FindAll("ol > li[data-testid=explanation-line]").Select(l => l.TextContent).ShouldBe(lines);
        cut.FindAll("[data-testid=no-explanation]").ShouldBeEmpty();
    }

    [Fact]
    public void NoLinesSayTheSheetIsNotCompleteYet()
    {
        var cut = Render<SheetExplanation>(p => p.Add(x => x.Lines, Array.Empty<string>()));

        cut.Find("[data-testid=no-explanation]").TextContent.ShouldBe(SheetsTexts.NoExplanation);
        cut.FindAll("li").ShouldBeEmpty();
    }
}
