namespace PiaoPerformance.Domain.Access;

// The money pages (issue 7 point 4-5, 7): the fund and its split, the premi data, the differentiation check, the
// what-if of a sheet.
public static partial class AccessRules
{
    /// <summary>The fund, head-counts and split are read by the Segretario, the NIV and the Amministratore.</summary>
    public static bool CanReadFund(Actor actor, Guid municipalityId) =>
        SameEnte(actor, municipalityId) && (actor.Has(AppRole.Segretario) || actor.Has(AppRole.Niv) || actor.Has(AppRole.Amministratore));

    /// <summary>
    /// The premi data are aggregated (no names) and published: the Segretario, the NIV, the Amministratore, the Sindaco
    /// and the Giunta read them; responsabili and employees read their own sheets instead.
    /// </summary>
    public static bool CanReadPremi(Actor actor, Guid municipalityId) =>
        CanReadFund(actor, municipalityId) || (SameEnte(actor, municipalityId) && (actor.Has(AppRole.Sindaco) || actor.Has(AppRole.Giunta)));

    /// <summary>The differentiation check names evaluators: the Segretario and the NIV only (SPEC §3.3).</summary>
    public static bool CanReadDifferentiation(Actor actor, Guid municipalityId) =>
        SameEnte(actor, municipalityId) && (actor.Has(AppRole.Segretario) || actor.Has(AppRole.Niv));

    /// <summary>
    /// The what-if of a sheet: its evaluator, the NIV, and the Segretario who validates sheets (nothing is saved); never
    /// the person evaluated, who reads the figures notified to them.
    /// </summary>
    public static bool CanSimulateSheet(Actor actor, Sheets.EvaluationSheet sheet) =>
        CanReadSheet(actor, sheet) && actor.PersonId != sheet.PersonId
        && (Evaluates(actor, sheet) || actor.Has(AppRole.Niv) || actor.Has(AppRole.Segretario));
}
