using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Access;

/// <summary>
/// Who may do what (issue 5, SPEC §1.6 and §3.1). Services ask these before reading or changing anything, so a hidden
/// menu is never the only barrier. Every rule first requires the actor's own ente.
/// </summary>
public static partial class AccessRules
{
    public static bool SameEnte(Actor actor, Guid municipalityId) => actor.MunicipalityId == municipalityId;

    /// <summary>Everyone of the ente reads its plans.</summary>
    public static bool CanReadPlan(Actor actor, PlanCycle plan) => SameEnte(actor, plan.MunicipalityId);

    /// <summary>
    /// A card may be changed while the plan is in Bozza and its unit not yet sent: by the Segretario, or by a
    /// responsabile of the unit whose post covers the card (a post limited to some services covers the cards
    /// assigned to that person).
    /// </summary>
    public static bool CanEditObjective(Actor actor, PlanCycle plan, Objective objective, bool unitSubmitted) =>
        WhyCannotEditObjective(actor, plan, objective, unitSubmitted) is null;

    /// <summary>The responsabile sends their unit's cards for approval.</summary>
    public static bool CanSubmitUnit(Actor actor, PlanCycle plan, Guid unitId) =>
        SameEnte(actor, plan.MunicipalityId) && plan.State == PlanState.Bozza && (Heads(actor, unitId, null) || actor.Has(AppRole.Segretario));

    /// <summary>The Segretario approves the whole plan, moves it along its lifecycle and records variations.</summary>
    public static bool CanManagePlan(Actor actor, PlanCycle plan) => SameEnte(actor, plan.MunicipalityId) && actor.Has(AppRole.Segretario);

    /// <summary>The NIV writes achievement and evaluation data only.</summary>
    public static bool CanRecordAchievement(Actor actor, PlanCycle plan) =>
        SameEnte(actor, plan.MunicipalityId) && actor.Has(AppRole.Niv)
        && plan.State is PlanState.Rendicontazione or PlanState.ValutazioneNiv;

    /// <summary>The audit trail is read by the Segretario, the NIV and the Amministratore.</summary>
    public static bool CanReadAudit(Actor actor, Guid municipalityId) =>
        SameEnte(actor, municipalityId) && (actor.Has(AppRole.Segretario) || actor.Has(AppRole.Niv) || actor.Has(AppRole.Amministratore));

    /// <summary>The Amministratore sets up the ente.</summary>
    public static bool CanAdminister(Actor actor, Guid municipalityId) => SameEnte(actor, municipalityId) && actor.Has(AppRole.Amministratore);

    /// <summary>Heads the unit; a post limited to services heads only the cards assigned to that person.</summary>
    public static bool Heads(Actor actor, Guid unitId, Guid? cardResponsible) =>
        actor.Units.Any(u => u.OrgUnitId == unitId && (!u.IsLimitedToServices || cardResponsible is null || cardResponsible == actor.PersonId))
        && (cardResponsible is null || cardResponsible == actor.PersonId || actor.Units.Any(u => u.OrgUnitId == unitId && !u.IsLimitedToServices));
}
