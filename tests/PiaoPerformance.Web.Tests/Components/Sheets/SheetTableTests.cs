using Bunit;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Components.Pages.Sheets;

namespace PiaoPerformance.Web.Tests.Components.Sheets;

/// <summary>The evaluators' lists offer one "PDF di tutte le schede" link per unit and year listed; the employee's list none.</summary>
public sealed class SheetTableTests : BunitContext
{
    private static readonly Guid Ragioneria = Guid.NewGuid();
    private static readonly Guid Tecnico = Guid.NewGuid();

    private static readonly SheetSummary[] Sheets =
    [
        new(Guid.NewGuid(), Guid.NewGuid(), "Anna Bianchi", 2024, EvaluatedRole.Dipendente, Ragioneria, "Ragioneria", SheetState.Bozza, null, null, null),
        new(Guid.NewGuid(), Guid.NewGuid(), "Carlo Rossi", 2024, EvaluatedRole.Dipendente, Ragioneria, "Ragioneria", SheetState.Bozza, null, null, null),
        new(Guid.NewGuid(), Guid.NewGuid(), "Dario Verdi", 2024, EvaluatedRole.Dipendente, Tecnico, "Tecnico", SheetState.Notificata, 80m, "Buona", null),
        new(Guid.NewGuid(), Guid.NewGuid(), "Anna Bianchi", 2025, EvaluatedRole.Dipendente, Ragioneria, "Ragioneria", SheetState.Bozza, null, null, null),
    ];

    [Fact]
    public void EachUnitAndYearListedHasOneBatchLink()
    {
        var cut = Render<SheetTable>(p => p.Add(x => x.Sheets, Sheets).Add(x => x.Empty, "-").Add(x => x.Caption, "c").Add(x => x.UnitPdfLinks, true));

        var links = cut.FindAll("a[data-testid=unit-pdf]");
        links.Select(a => a.GetAttribute("href")).ShouldBe([
            $"/api/v1/units/{Ragioneria}/sheets.pdf?year=2025",
            $"/api/v1/units/{Ragioneria}/sheets.pdf?year=2024",
            $"/api/v1/units/{Tecnico}/sheets.pdf?year=2024",
        ]);
        links[0].TextContent.ShouldBe("PDF di tutte le schede – Ragioneria 2025");
        links.ShouldAllBe(a => a.HasAttribute("download"));
    }

    [Fact]
    public void WithoutTheFlagThereIsNoBatchLink()
    {
        var cut = Render<SheetTable>(p => p.Add(x => x.Sheets, Sheets).Add(x => x.Empty, "-").Add(x => x.Caption, "c"));

        cut.FindAll("[data-testid=unit-pdfs]").ShouldBeEmpty();
        cut.FindAll("tr[data-testid=sheet-row]").Count.ShouldBe(4);
    }
}
