using Bunit;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Pages.Objectives.Editor;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>The rows of the units contributing to a shared objective: each message sits under the row's own field.</summary>
public sealed class ContributionsEditorTests : BunitContext
{
    private static readonly LookupOption[] Areas = [new(Guid.NewGuid(), "AMMINISTRATIVO"), new(Guid.NewGuid(), "FINANZIARIO")];

    [Fact]
    public void ARowWithoutUnitAndAnotherOver100ShowTheirMessagesUnderTheirOwnFields()
    {
        var form = Form(new ContributionRow { ContributionPct = 50m }, new ContributionRow { OrgUnitId = Areas[1].Id, ContributionPct = 150m });
        var submitted = false;
        var cut = Render<EditorPartsHost>(p => p.Add(x => x.Form, form).Add(x => x.Units, Areas).Add(x => x.OnValid, () => submitted = true));

        cut.Find("form").Submit();

        submitted.ShouldBeFalse();
        Messages(cut, 0, "co-unit").ShouldBe([EditorTexts.ContributionUnit]);
        Messages(cut, 0, "co-pct").ShouldBeEmpty();
        Messages(cut, 1, "co-unit").ShouldBeEmpty();
        Messages(cut, 1, "co-pct").ShouldBe([EditorTexts.Percentage]);
    }

    [Fact]
    public void PercentagesNotTotalling100AreRefusedWithTheDomainsMessageUnderTheList()
    {
        var form = Form(new ContributionRow { OrgUnitId = Areas[0].Id, ContributionPct = 60m }, new ContributionRow { OrgUnitId = Areas[1].Id, ContributionPct = 30m });
        var cut = Render<EditorPartsHost>(p => p.Add(x => x.Form, form).Add(x => x.Units, Areas));

        cut.Find("form").Submit();

        cut.Find("[data-testid=add-contribution]").PreviousElementSibling!.TextContent
            .ShouldBe("Le percentuali di contribuzione devono sommare a 100 (totale indicato: 90).");
    }

    [Fact]
    public void FixingARowsPercentageClearsItsMessageAndTheTotalsMessage()
    {
        var form = Form(new ContributionRow { OrgUnitId = Areas[0].Id, ContributionPct = 60m }, new ContributionRow { OrgUnitId = Areas[1].Id, ContributionPct = 140m });
        var submitted = false;
        var cut = Render<EditorPartsHost>(p => p.Add(x => x.Form, form).Add(x => x.Units, Areas).Add(x => x.OnValid, () => submitted = true));
        cut.Find("form").Submit();
        Messages(cut, 1, "co-pct").ShouldBe([EditorTexts.Percentage]);

        cut.FindAll("[data-testid=co-pct]")[1].Change("40");

        Messages(cut, 1, "co-pct").ShouldBeEmpty();
        cut.FindAll(".validation-message").ShouldBeEmpty();
        cut.Find("form").Submit();
        submitted.ShouldBeTrue();
    }

    [Fact]
    public void AddingAndRemovingRowsChangesTheList()
    {
        var form = Form();
        var cut = Render<EditorPartsHost>(p => p.Add(x => x.Form, form).Add(x => x.Units, Areas));

        cut.Find("[data-testid=add-contribution]").Click();
        cut.Find("[data-testid=add-contribution]").Click();
        cut.FindAll("[data-testid=co-unit]")[1].Change(Areas[1].Id.ToString());
        cut.FindAll("[data-testid=contribution-row]")[0].QuerySelector("button")!.Click();

        form.Contributions.Select(c => c.OrgUnitId).ShouldBe([Areas[1].Id]);
        cut.FindAll("[data-testid=contribution-row]").Count.ShouldBe(1);
    }

    private static ObjectiveForm Form(params ContributionRow[] rows) => new() { Title = "Obiettivo condiviso", ShowsSharedParts = true, Contributions = [.. rows] };

    // The messages in the cell of one field of one row.
    private static List<string> Messages(IRenderedComponent<EditorPartsHost> cut, int row, string field) =>
        cut.FindAll("[data-testid=contribution-row]")[row].QuerySelector($"[data-testid={field}]")!.ParentElement!
            .QuerySelectorAll(".validation-message").Select(m => m.TextContent.Trim()).ToList();
}
