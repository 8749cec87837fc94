using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Access;

// Who moves the plan along its lifecycle (PlanLifecycle), and why a card may not be changed, in the user's words.
public static partial class AccessRules
{
    public const string NotHeadOfUnit = "Non sei responsabile di questa unità.";

    /// <summary>
    /// Why the actor may not change the card, in Italian; null when they may (<see cref="CanEditObjective"/>). The
    /// plan must be in Bozza; the Segretario changes any card, a responsabile the cards of a unit they head (a post
    /// limited to some services: the cards assigned to them) until the unit is sent for approval.
    /// </summary>
    public static string? WhyCannotEditObjective(Actor actor, PlanCycle plan, Objective objective, bool unitSubmitted)
    {
        if (!SameEnte(actor, objective.MunicipalityId) || plan.Id != objective.PlanCycleId)
        {
            return "Obiettivo non trovato.";
        }

        if (plan.State != PlanState.Bozza)
        {
            return plan.IsFrozen
                ? PlanLifecycle.FrozenMessage(plan.State)
                : "Il piano è stato inviato per l'approvazione: per modificarlo il Segretario deve restituire l'unità.";
        }

        if (actor.Has(AppRole.Segretario))
        {
            return null;
        }

        if (objective.OwnerUnitId is not { } unit)
        {
            return "Solo il Segretario può modificare gli obiettivi trasversali e di ente.";
        }

        if (actor.Units.All(u => u.OrgUnitId != unit))
        {
            return NotHeadOfUnit;
        }

        if (!Heads(actor, unit, objective.ResponsiblePersonId))
        {
            return "Questa scheda è assegnata a un altro responsabile dell'unità.";
        }

        return unitSubmitted
            ? "Le schede di questa unità sono state inviate per l'approvazione: per modificarle il Segretario deve restituirle."
            : null;
    }

    /// <summary>
    /// Who takes the plan one step forward: the Segretario from Approvato to Valutazione NIV, the NIV from Valutazione
    /// NIV to Validato (<see cref="PlanLifecycle.Advancer"/>).
    /// </summary>
    public static bool CanAdvancePlan(Actor actor, PlanCycle plan) =>
        SameEnte(actor, plan.MunicipalityId) && PlanLifecycle.Advancer(plan.State) is { } role && actor.Has(role);
}
