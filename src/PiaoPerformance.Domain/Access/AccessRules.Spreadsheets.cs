using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Access;

// Bringing a plan in from a workbook (issue 9): the whole import is refused here, each changed card then passes
// the card rule (WhyCannotEditObjective) like a form save would.
public static partial class AccessRules
{
    /// <summary>
    /// Who may import a workbook into a plan: the Segretario, or a responsabile (for the cards of their own units, each
    /// checked with <see cref="WhyCannotEditObjective"/>), and only while the plan is in Bozza. Null when allowed.
    /// </summary>
    public static string? WhyCannotImportPlan(Actor actor, PlanCycle plan)
    {
        if (!SameEnte(actor, plan.MunicipalityId))
        {
            return "Piano non trovato.";
        }

        if (plan.State != PlanState.Bozza)
        {
            return $"Si può importare un foglio di calcolo solo in un piano in Bozza: questo piano è nello stato «{PlanLifecycle.Label(plan.State)}».";
        }

        return actor.Has(AppRole.Segretario) || actor.Units.Count > 0
            ? null
            : "Solo il Segretario o il responsabile di un'unità può importare obiettivi da un foglio di calcolo.";
    }
}
