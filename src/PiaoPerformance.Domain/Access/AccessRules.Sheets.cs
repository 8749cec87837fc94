using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Domain.Access;

// Evaluation sheets (SPEC §3.1, §4.15): the person evaluated sees only their own; the evaluators see and fill the
// sheets they evaluate (the EQ who proposes reads them); the Segretario and the NIV read all; nobody else sees any.
public static partial class AccessRules
{
    public const string NotYourSheet = "Non hai accesso a questa scheda di valutazione.";

    /// <summary>The actor fills this sheet in: a named evaluator, the NIV for its sheets, the Sindaco for the Segretario's.</summary>
    public static bool Evaluates(Actor actor, EvaluationSheet sheet) =>
        SameEnte(actor, sheet.MunicipalityId) && actor.PersonId != sheet.PersonId && sheet.EvaluatorKind switch
        {
            EvaluatorKind.Niv => actor.Has(AppRole.Niv),
            EvaluatorKind.Sindaco => actor.Has(AppRole.Sindaco),
            _ => sheet.EvaluatorPersonIds.Contains(actor.PersonId),
        };

    /// <summary>The person evaluated, their evaluators and proposer, the Segretario and the NIV.</summary>
    public static bool CanReadSheet(Actor actor, EvaluationSheet sheet) =>
        SameEnte(actor, sheet.MunicipalityId)
        && (actor.PersonId == sheet.PersonId || Evaluates(actor, sheet) || sheet.ProposerPersonIds.Contains(actor.PersonId)
            || actor.Has(AppRole.Segretario) || actor.Has(AppRole.Niv));

    /// <summary>The evaluator enters scores and inputs, notifies, confirms or modifies.</summary>
    public static bool CanFillSheet(Actor actor, EvaluationSheet sheet) => Evaluates(actor, sheet);

    /// <summary>Observations, signature and contest belong to the person evaluated alone.</summary>
    public static bool IsEvaluatedPerson(Actor actor, EvaluationSheet sheet) =>
        SameEnte(actor, sheet.MunicipalityId) && actor.PersonId == sheet.PersonId;

    /// <summary>The NIV takes the agreed achievements of the objectives into the sheets (SPEC §2.1).</summary>
    public static bool CanTakeAchievements(Actor actor, EvaluationSheet sheet) =>
        SameEnte(actor, sheet.MunicipalityId) && actor.Has(AppRole.Niv) && actor.PersonId != sheet.PersonId;

    /// <summary>The Segretario or the NIV validate a sheet, never their own.</summary>
    public static bool CanValidateSheet(Actor actor, EvaluationSheet sheet) =>
        SameEnte(actor, sheet.MunicipalityId) && actor.PersonId != sheet.PersonId && (actor.Has(AppRole.Segretario) || actor.Has(AppRole.Niv));

    /// <summary>Who opens sheets and records the year's fund: the Segretario.</summary>
    public static bool CanManageSheets(Actor actor, Guid municipalityId) => SameEnte(actor, municipalityId) && actor.Has(AppRole.Segretario);
}
