using Bunit;
using PiaoPerformance.Web.Components.Pages.Objectives.Editor;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>The year table: Attesa per year and the "//" toggle.</summary>
public sealed class YearTargetsEditorTests : BunitContext
{
    [Fact]
    public void TickingSlashSlashClearsTheYearAndShowsSlashSlash()
    {
        var rows = Rows();
        var changes = 0;
        var table = Render<YearTargetsEditor>(p => p.Add(x => x.Rows, rows).Add(x => x.OnChange, () => changes++));

        table.Find("[data-testid=year-2026-toggle]").Change(true);

        rows[2].NotApplicable.ShouldBeTrue();
        rows[2].ExpectedPct.ShouldBeNull();
        table.Find("[data-testid=year-2026-na]").TextContent.ShouldBe("//");
        table.FindAll("[data-testid=year-2026-pct]").ShouldBeEmpty();
        changes.ShouldBe(1);
    }

    [Fact]
    public void UntickingSlashSlashGivesTheInputBack()
    {
        var rows = Rows();
        rows[1].NotApplicable = true;
        var table = Render<YearTargetsEditor>(p => p.Add(x => x.Rows, rows));

        table.Find("[data-testid=year-2025-toggle]").Change(false);

        rows[1].NotApplicable.ShouldBeFalse();
        table.FindAll("[data-testid=year-2025-pct]").Count.ShouldBe(1);
    }

    [Fact]
    public void TypingAPercentageSetsTheYear()
    {
        var rows = Rows();
        var table = Render<YearTargetsEditor>(p => p.Add(x => x.Rows, rows));

        table.Find("[data-testid=year-2024-pct]").Change("80.5");

        rows[0].ExpectedPct.ShouldBe(80.5m);
    }

    private static List<YearRow> Rows() => [new() { Year = 2024, ExpectedPct = 50m }, new() { Year = 2025, ExpectedPct = 100m }, new() { Year = 2026, ExpectedPct = 100m }];
}
