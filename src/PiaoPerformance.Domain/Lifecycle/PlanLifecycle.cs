using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Lifecycle;

/// <summary>
/// The plan's lifecycle (issue 5, SPEC §1.2 and §2.1): Bozza → Inviato (unit by unit) → Approvato → Monitoraggio →
/// Rendicontazione → Valutazione NIV → Validato. From Approvato on the plan is frozen; a variazione (recorded with
/// reason and act) opens a new version in Bozza. The table of who moves what is in <c>docs/plan-lifecycle.md</c>.
/// </summary>
public static class PlanLifecycle
{
    /// <summary>The state after <paramref name="state"/> on the forward path from Approvato; null where none follows by a plain step.</summary>
    public static PlanState? Next(PlanState state) => state switch
    {
        PlanState.Approvato => PlanState.Monitoraggio,
        PlanState.Monitoraggio => PlanState.Rendicontazione,
        PlanState.Rendicontazione => PlanState.ValutazioneNiv,
        PlanState.ValutazioneNiv => PlanState.Validato,
        _ => null,
    };

    /// <summary>
    /// Who takes the plan from <paramref name="state"/> to the next state: the Segretario, except Valutazione NIV →
    /// Validato, which is the NIV's own validation (SPEC §2.1: the NIV measures and validates).
    /// </summary>
    public static AppRole? Advancer(PlanState state) => state switch
    {
        PlanState.Approvato or PlanState.Monitoraggio or PlanState.Rendicontazione => AppRole.Segretario,
        PlanState.ValutazioneNiv => AppRole.Niv,
        _ => null,
    };

    /// <summary>Approved or later: nothing of the plan changes without a variazione.</summary>
    public static bool IsFrozen(PlanState state) => state >= PlanState.Approvato;

    /// <summary>The Segretario approves a plan that is still being drafted (Bozza) or fully sent (Inviato).</summary>
    public static bool CanBeApproved(PlanState state) => state is PlanState.Bozza or PlanState.Inviato;

    /// <summary>
    /// A variazione changes the objectives of an approved plan during the year it is carried out (Approvato,
    /// Monitoraggio); once the year is being reported on, objectives no longer change, since pay follows them.
    /// </summary>
    public static bool AllowsVariation(PlanState state) => state is PlanState.Approvato or PlanState.Monitoraggio;

    /// <summary>Why a frozen plan refuses a change, in Italian: a variazione where one is possible.</summary>
    public static string FrozenMessage(PlanState state) => AllowsVariation(state)
        ? state == PlanState.Approvato
            ? "Il piano è approvato: per modificarlo occorre una variazione."
            : $"Il piano è nello stato «{Label(state)}»: per modificarlo occorre una variazione."
        : $"Il piano è nello stato «{Label(state)}»: gli obiettivi non possono più essere modificati.";

    /// <summary>The state as the Italian UI names it.</summary>
    public static string Label(PlanState state) => state switch
    {
        PlanState.ValutazioneNiv => "Valutazione NIV",
        _ => state.ToString(),
    };
}
