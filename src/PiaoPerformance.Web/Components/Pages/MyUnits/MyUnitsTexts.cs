using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Pages.Plans.Lifecycle;

namespace PiaoPerformance.Web.Components.Pages.MyUnits;

/// <summary>Every word "Le mie unità" shows; the lifecycle's own words come from <see cref="LifecycleTexts"/>.</summary>
internal static class MyUnitsTexts
{
    public const string Title = "Le mie unità";
    public const string Subtitle = "Le unità di cui sei responsabile nei piani in corso: stato delle schede, pesi e problemi da risolvere prima dell'approvazione.";
    public const string Loading = "Caricamento delle unità…";
    public const string None = "Non risulti responsabile di alcuna unità nei piani in corso.";
    public const string Objectives = "Schede";
    public const string Weights = "Totale pesi per valutato";
    public const string Problems = "Problemi che bloccano l'approvazione";
    public const string NoProblems = "Nessun problema: pesi e indicatori sono completi.";
    public const string NoObjectives = "Nessuna scheda.";
    public const string NewObjective = "Nuovo obiettivo";
    public const string OpenPlan = "Apri il piano";
    public const string Submitted = "Le schede dell'unità sono state inviate per l'approvazione.";

    public static string State(UnitCardsState state) => state switch
    {
        UnitCardsState.Inviata => LifecycleTexts.UnitSubmitted,
        UnitCardsState.Restituita => LifecycleTexts.UnitReturned,
        _ => LifecycleTexts.UnitDraft,
    };

    public static string Count(int count) => count == 1 ? "1 obiettivo" : $"{count} obiettivi";

    public static string PlanHeading(string cycle, string state) => $"{cycle} · {state}";
}
