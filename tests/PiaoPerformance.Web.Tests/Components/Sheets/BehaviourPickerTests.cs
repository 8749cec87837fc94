using Bunit;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Components.Pages.Sheets;

namespace PiaoPerformance.Web.Tests.Components.Sheets;

/// <summary>
/// Component C's picker on the employees' catalogue of seed 003: every level shows its descriptor verbatim, a 0 the
/// catalogue does not describe needs a note (the message under the row's note), a valid form is submitted.
/// </summary>
public sealed class BehaviourPickerTests : BunitContext
{
    private static readonly BehaviourCatalogue Catalogue = BehaviourCatalogue.CassinoDipendente;

    [Fact]
    public void EachLevelShowsItsDescriptorFromTheCatalogueVerbatim()
    {
        var (items, form) = Sheet();
        var cut = Render<SheetScoresEditor>(p => p.Add(x => x.Form, form).Add(x => x.Items, items));

        var pickers = cut.FindAll("[data-testid=behaviour-item]");
        pickers.Count.ShouldBe(Catalogue.Items.Count);
        pickers[0].QuerySelector("legend")!.TextContent.ShouldContain(Catalogue.Items[0].Label);
        foreach (var level in Catalogue.LevelsOf(0))
        {
            pickers[0].QuerySelector($"[data-testid=level][data-score='{level.Score}'] [data-testid=descriptor]")!.TextContent.ShouldBe(level.Descriptor);
        }

        pickers[0].QuerySelector("[data-testid=level][data-score='1'] [data-testid=descriptor]")!.TextContent
            .ShouldStartWith("Condivide poco la propria esperienza di lavoro");
    }

    [Fact]
    public void AZeroWithoutADescriptorNeedsANoteUnderTheRowAndThenSaves()
    {
        var (items, form) = Sheet();
        var zeroItem = Enumerable.Range(0, items.Count).First(i => Catalogue.DescriptorOf(i, 0) is null);
        var submitted = 0;
        var cut = Render<SheetScoresEditor>(p => p.Add(x => x.Form, form).Add(x => x.Items, items).Add(x => x.OnValid, () => submitted++));

        cut.FindAll("[data-testid=behaviour-item]")[zeroItem].QuerySelector("[data-testid=level][data-score='0'] input")!.Change("0");
        cut.Find("form").Submit();

        submitted.ShouldBe(0);
        form.Items[zeroItem].Score.ShouldBe(0);
        NoteMessages(cut, zeroItem).ShouldBe([SheetsTexts.NoteRequired]);
        NoteMessages(cut, (zeroItem + 1) % items.Count).ShouldBeEmpty();

        cut.FindAll("[data-testid=behaviour-item]")[zeroItem].QuerySelector("[data-testid=note]")!.Change("Assente per tutto il periodo di valutazione");
        cut.Find("form").Submit();

        NoteMessages(cut, zeroItem).ShouldBeEmpty();
        submitted.ShouldBe(1);
    }

    [Fact]
    public void AnItemWithoutAScoreIsRefusedUnderItsOwnRow()
    {
        var (items, form) = Sheet();
        form.Items[2].Score = null;
        var submitted = false;
        var cut = Render<SheetScoresEditor>(p => p.Add(x => x.Form, form).Add(x => x.Items, items).Add(x => x.OnValid, () => submitted = true));

        cut.Find("form").Submit();

        submitted.ShouldBeFalse();
        cut.FindAll("[data-testid=behaviour-item]")[2].QuerySelectorAll(".validation-message").Select(m => m.TextContent.Trim())
            .ShouldBe([SheetsTexts.ScoreRequired]);
        cut.FindAll("[data-testid=behaviour-item]")[1].QuerySelectorAll(".validation-message").ShouldBeEmpty();
    }

    [Fact]
    public void AReadOnlySheetShowsTheScoresWithoutAnyWayToChangeThem()
    {
        var (items, form) = Sheet();
        var cut = Render<SheetScoresEditor>(p => p.Add(x => x.Form, form).Add(x => x.Items, items).Add(x => x.ReadOnly, true));

        cut.FindAll("[data-testid=behaviour-item] input[type=radio]").ShouldAllBe(i => i.HasAttribute("disabled"));
        cut.FindAll("[data-testid=save-scores]").ShouldBeEmpty();
        cut.FindAll("[data-testid=behaviour-item]")[0].QuerySelector("[data-score='4'] input")!.HasAttribute("checked").ShouldBeTrue();
    }

    /// <summary>The catalogue's items as the service shows them, every item scored 4 (none 0).</summary>
    private static (IReadOnlyList<SheetItemView> Items, SheetScoresForm Form) Sheet()
    {
        var items = Catalogue.Items.Select((item, i) => new SheetItemView(i, item.Code, item.Group, item.Label, item.Maximum, 4, null, Catalogue.LevelsOf(i))).ToList();
        var form = new SheetScoresForm
        {
            EntePerformance = 92m,
            Items = items.Select(i => new ScoreRow { Maximum = i.Maximum, ZeroHasDescriptor = i.Levels.Any(l => l.Score == 0), Score = i.Score }).ToList(),
        };
        return (items, form);
    }

    private static List<string> NoteMessages(IRenderedComponent<SheetScoresEditor> cut, int row) =>
        cut.FindAll("[data-testid=behaviour-item]")[row].QuerySelector("[data-testid=note]")!.ParentElement!
            .QuerySelectorAll(".validation-message").Select(m => m.TextContent.Trim()).ToList();
}
