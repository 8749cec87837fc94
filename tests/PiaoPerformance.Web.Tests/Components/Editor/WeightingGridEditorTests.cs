using Bunit;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Pages.Objectives.Editor;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>
/// The pesatura in the editor (SPEC §1.11-§1.12, Example 5): the Esito and each area's "peso assoluto" follow every
/// change of a rating or of a % di contribuzione, computed by the domain's scale.
/// </summary>
public sealed class WeightingGridEditorTests : BunitContext
{
    private static readonly LookupOption[] Areas =
    [
        new(Guid.NewGuid(), "AMMINISTRATIVO"),
        new(Guid.NewGuid(), "FINANZIARIO"),
        new(Guid.NewGuid(), "TECNICO"),
        new(Guid.NewGuid(), "VIGILANZA"),
    ];

    [Fact]
    public void ObjectiveAOfExample5ScoresEighteenAndFourPointFivePerAreaAt25Percent()
    {
        var cut = Host(QuarterEach());

        Rate(cut, "High", "High", "High", "Medium");

        cut.Find("[data-testid=wg-score]").TextContent.ShouldBe("18");
        AbsoluteWeights(cut).ShouldBe(["4,5", "4,5", "4,5", "4,5"]);
    }

    [Fact]
    public void ObjectiveDScoresTwentyAndChangingRealizzabilitaToMedioGivesEighteenAtOnce()
    {
        var cut = Host(QuarterEach());
        Rate(cut, "High", "High", "High", "Low");
        cut.Find("[data-testid=wg-score]").TextContent.ShouldBe("20");
        AbsoluteWeights(cut).ShouldBe(["5", "5", "5", "5"]);

        cut.Find("#wg-feasibility").Change("Medium");

        cut.Find("[data-testid=wg-score]").TextContent.ShouldBe("18");
        AbsoluteWeights(cut).ShouldBe(["4,5", "4,5", "4,5", "4,5"]);
    }

    [Fact]
    public void ChangingAnAreasPercentageChangesItsAbsoluteWeight()
    {
        var cut = Host(QuarterEach());
        Rate(cut, "High", "Medium", "Medium", "Medium");
        AbsoluteWeights(cut).ShouldBe(["3,5", "3,5", "3,5", "3,5"]);

        cut.FindAll("[data-testid=co-pct]")[0].Change("40");
        cut.FindAll("[data-testid=co-pct]")[1].Change("10");

        // Objective b of Example 5: Esito 14; 14 × 40 % = 5,6 and 14 × 10 % = 1,4.
        AbsoluteWeights(cut).ShouldBe(["5,6", "1,4", "3,5", "3,5"]);
    }

    [Fact]
    public void TheNewCaseOfExample5ScoresTen()
    {
        var cut = Host(QuarterEach());

        Rate(cut, "Medium", "Low", "High", "High");

        cut.Find("[data-testid=wg-score]").TextContent.ShouldBe("10");
        AbsoluteWeights(cut).ShouldBe(["2,5", "2,5", "2,5", "2,5"]);
    }

    [Fact]
    public void APartlyRatedGridHasNoEsitoYetAndIsRefusedOnSubmit()
    {
        var submitted = false;
        var cut = Host(QuarterEach(), () => submitted = true);

        cut.Find("#wg-importance").Change("High");
        cut.Find("form").Submit();

        cut.Find("[data-testid=wg-score]").TextContent.ShouldBe("—");
        AbsoluteWeights(cut).ShouldBe(["—", "—", "—", "—"]);
        cut.Find("[data-testid=weighting-grid] + .validation-message").TextContent.ShouldBe(EditorTexts.GridIncomplete);
        submitted.ShouldBeFalse();
    }

    private IRenderedComponent<EditorPartsHost> Host(ObjectiveForm form, Action? onValid = null) =>
        Render<EditorPartsHost>(p => p.Add(x => x.Form, form).Add(x => x.Units, Areas).Add(x => x.OnValid, () => onValid?.Invoke()));

    private static ObjectiveForm QuarterEach() => new()
    {
        Title = "Riduzione dei tempi di pagamento",
        ShowsSharedParts = true,
        Contributions = Areas.Select(a => new ContributionRow { OrgUnitId = a.Id, ContributionPct = 25m }).ToList(),
    };

    private static void Rate(IRenderedComponent<EditorPartsHost> cut, string importance, string impact, string complexity, string feasibility)
    {
        cut.Find("#wg-importance").Change(importance);
        cut.Find("#wg-impact").Change(impact);
        cut.Find("#wg-complexity").Change(complexity);
        cut.Find("#wg-feasibility").Change(feasibility);
    }

    private static List<string> AbsoluteWeights(IRenderedComponent<EditorPartsHost> cut) =>
        cut.FindAll("[data-testid=absolute-weight]").Select(c => c.TextContent.Trim()).ToList();
}
