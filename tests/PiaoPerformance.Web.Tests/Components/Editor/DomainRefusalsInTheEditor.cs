using Bunit;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Pages.Objectives.Editor;
using PiaoPerformance.Web.Components.Ui;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>
/// A refusal of the save (<c>DomainException.Field</c>) is shown by the page through the bridge's ShowError: each new
/// part's field name lands under that part.
/// </summary>
public sealed class DomainRefusalsInTheEditor : BunitContext
{
    private static readonly LookupOption Unit = new(Guid.NewGuid(), "AMMINISTRATIVO");
    private static readonly ParentOption Strategic = new(Guid.NewGuid(), "Obiettivo strategico n. 1 – Prevenzione della corruzione",
        [new SiblingShare(Guid.NewGuid(), "1) Misure della sezione 2.3", 40m)]);

    [Theory]
    [InlineData("ParentObjectiveId", "[data-testid=ed-parent]", "L'obiettivo strategico appartiene a un altro ciclo di pianificazione.")]
    [InlineData("ShareOfParentPct", "[data-testid=ed-share]", "Quota dell'obiettivo strategico: valore non valido.")]
    [InlineData("BudgetLinks", "[data-testid=ed-budget]", "Una coppia missione/programma scelta non esiste.")]
    [InlineData("Staff", "[data-testid=ed-staff]", "Una persona scelta non fa parte del personale dell'unità nel ciclo del piano.")]
    public void ARefusalNamingAFieldShowsUnderThatField(string field, string where, string message)
    {
        var cut = Host();

        cut.InvokeAsync(() => cut.FindComponent<FluentValidator<ObjectiveForm>>().Instance.ShowError(field, message).ShouldBeTrue());

        var place = cut.Find(where);
        var container = place.ClassList.Contains("form-control") || place.ClassList.Contains("form-select") ? place.ParentElement! : place;
        container.QuerySelectorAll(".validation-message").Select(m => m.TextContent.Trim()).ShouldBe([message]);
        cut.FindAll(".validation-message").Count.ShouldBe(1);
    }

    [Fact]
    public void ARefusalOfTheContributionsShowsUnderTheirList()
    {
        var cut = Host();
        const string message = "Un'unità che contribuisce non esiste.";

        cut.InvokeAsync(() => cut.FindComponent<FluentValidator<ObjectiveForm>>().Instance.ShowError("Contributions", message));

        cut.Find("[data-testid=add-contribution]").PreviousElementSibling!.TextContent.ShouldBe(message);
    }

    [Fact]
    public void ChangingARowClearsTheRefusalOfItsList()
    {
        var cut = Host();
        cut.Find("[data-testid=add-contribution]").Click();
        cut.InvokeAsync(() => cut.FindComponent<FluentValidator<ObjectiveForm>>().Instance.ShowError("Contributions", "Un'unità che contribuisce non esiste."));

        cut.Find("[data-testid=co-unit]").Change(Unit.Id.ToString());
        cut.Find("[data-testid=co-pct]").Change("100");

        cut.FindAll(".validation-message").ShouldBeEmpty();
    }

    [Fact]
    public void TheSiblingSharesTotalFollowsTheShareBeingTyped()
    {
        var cut = Host();

        cut.Find("[data-testid=ed-parent]").Change(Strategic.Id.ToString());
        cut.Find("[data-testid=ed-share]").Change("60");

        cut.Find("[data-testid=parent-total]").TextContent.Trim().ShouldBe("100 %");
        cut.Find("[data-testid=ed-share]").Change("50");
        cut.Find("[data-testid=parent-total]").TextContent.Trim().ShouldBe("90 %");
        cut.Find("[data-testid=parent-total]").ClassList.ShouldContain("text-danger");
    }

    private IRenderedComponent<EditorPartsHost> Host() =>
        Render<EditorPartsHost>(p => p
            .Add(x => x.Form, new ObjectiveForm { Title = "Obiettivo", ShowsSharedParts = true })
            .Add(x => x.Units, [Unit])
            .Add(x => x.Parents, [Strategic])
            .Add(x => x.BudgetProgrammes, [new BudgetProgrammeOption(Guid.NewGuid(), "01", "02", "Servizi istituzionali, generali e di gestione", "Segreteria generale")])
            .Add(x => x.StaffChoices, [new LookupOption(Guid.NewGuid(), "Anna Impiegata (Istruttore amministrativo)")]));
}
