using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Access;

// Issue 7, SPEC §2.1: the responsabile of the unit reports, the NIV measures, the Giunta enters the ente's
// performance and the NIV validates it; everyone else of the ente reads.
public static partial class AccessRules
{
    public const string NotNiv = "Solo i componenti del NIV misurano il raggiungimento degli obiettivi.";

    /// <summary>Everyone of the ente reads reports, evidence, measures and the ente's performance.</summary>
    public static bool CanReadMeasurement(Actor actor, Guid municipalityId) => SameEnte(actor, municipalityId);

    /// <summary>
    /// Why the actor may not report on the objective (progress, Realizzata, relazione, evidence), in Italian; null when
    /// they may: the head of the objective's unit (a post limited to services: the cards assigned to them). Whether the
    /// period is open is the report's own rule (<see cref="Measurement.ReportingWindow"/>).
    /// </summary>
    public static string? WhyCannotReport(Actor actor, PlanCycle plan, Objective objective)
    {
        if (!SameEnte(actor, objective.MunicipalityId) || plan.Id != objective.PlanCycleId)
        {
            return "Obiettivo non trovato.";
        }

        if (objective.OwnerUnitId is not { } unit)
        {
            return "Gli obiettivi trasversali e di ente sono rendicontati dal Segretario.";
        }

        return Heads(actor, unit, objective.ResponsiblePersonId) ? null : NotHeadOfUnit;
    }

    /// <summary>The Segretario reports on cross-cutting objectives; the unit's head on the unit's.</summary>
    public static bool CanReport(Actor actor, PlanCycle plan, Objective objective) =>
        WhyCannotReport(actor, plan, objective) is null
        || (SameEnte(actor, objective.MunicipalityId) && objective.OwnerUnitId is null && actor.Has(AppRole.Segretario));

    /// <summary>A closed report is reopened for a late entry by the Segretario or the NIV, with the reason.</summary>
    public static bool CanReopenReport(Actor actor, PlanCycle plan) =>
        SameEnte(actor, plan.MunicipalityId) && (actor.Has(AppRole.Segretario) || actor.Has(AppRole.Niv));

    /// <summary>Why the actor may not measure now, in Italian; null when they may: a NIV member, the plan in Rendicontazione or Valutazione NIV.</summary>
    public static string? WhyCannotMeasure(Actor actor, PlanCycle plan)
    {
        if (!SameEnte(actor, plan.MunicipalityId))
        {
            return "Piano non trovato.";
        }

        if (!actor.Has(AppRole.Niv))
        {
            return NotNiv;
        }

        return CanRecordAchievement(actor, plan)
            ? null
            : "La misurazione del NIV è possibile con il piano in Rendicontazione o in Valutazione NIV.";
    }

    /// <summary>The Giunta operator enters the ente's overall performance (S3:801).</summary>
    public static bool CanEnterEntePerformance(Actor actor, Guid municipalityId) => SameEnte(actor, municipalityId) && actor.Has(AppRole.Giunta);

    /// <summary>The NIV validates the ente's overall performance (S3:801).</summary>
    public static bool CanValidateEntePerformance(Actor actor, Guid municipalityId) => SameEnte(actor, municipalityId) && actor.Has(AppRole.Niv);
}
