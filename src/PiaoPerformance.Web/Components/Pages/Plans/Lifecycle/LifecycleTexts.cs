using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Plans.Lifecycle;

/// <summary>Every word the lifecycle panel, its forms and the version pages show.</summary>
public static class LifecycleTexts
{
    public const string Heading = "Iter del piano";
    public const string State = "Stato:";
    public const string Version = "Versione";
    public const string UnitsHeading = "Invio delle schede per unità";
    public const string UnitColumn = "Unità";
    public const string StateColumn = "Stato";
    public const string ActionsColumn = "Azioni";
    public const string UnitDraft = "In bozza";
    public const string UnitSubmitted = "Inviata";
    public const string UnitReturned = "Restituita";
    public const string Submit = "Invia per l'approvazione";
    public const string Submitting = "Invio…";
    public const string Return = "Restituisci";
    public const string ReturnReason = "Motivo della restituzione";
    public const string ConfirmReturn = "Restituisci in bozza";
    public const string Cancel = "Annulla";
    public const string ApproveHeading = "Approvazione";
    public const string DeliberationNumber = "Numero della deliberazione di Giunta";
    public const string DeliberationDate = "Data della deliberazione di Giunta";
    public const string Approve = "Approva il piano";
    public const string Approving = "Approvazione…";
    public const string ProblemsHeading = "Prima dell'approvazione vanno risolti questi problemi:";
    public const string NoProblems = "Pesi e indicatori sono completi: il piano può essere approvato.";
    public const string VariationHeading = "Registra variazione";
    public const string VariationIntro = "Il piano approvato non si modifica: una variazione apre una nuova versione in bozza; la versione approvata resta consultabile.";
    public const string VariationReason = "Motivo della variazione";
    public const string ActNumber = "Numero dell'atto";
    public const string ActDate = "Data dell'atto";
    public const string StartVariation = "Registra variazione";
    public const string VersionsHeading = "Versioni approvate";
    public const string NoVersions = "Nessuna versione approvata finora.";
    public const string CurrentVersion = "(in vigore)";
    public const string Saving = "Salvataggio…";
    public const string VersionNotFound = "Versione non trovata";
    public const string VersionNotFoundText = "La versione richiesta non esiste o non è accessibile.";
    public const string ReadOnlyNotice = "Versione approvata, in sola lettura: le schede sono mostrate come erano al momento dell'approvazione.";
    public const string BackToPlan = "Torna al piano";

    public const string Required = "Campo obbligatorio.";
    public const string TooLong = "Testo troppo lungo.";

    public static string ApprovalLine(string number, DateOnly date, DateTimeOffset at, string by) =>
        $"Approvato il {Fmt.Instant(at)} da {by} · deliberazione di Giunta n. {number} del {Fmt.Date(date)}";

    public static string VariationLine(int version, string reason, string act, DateOnly date) =>
        $"Versione {version} aperta da variazione (atto n. {act} del {Fmt.Date(date)}): {reason}";

    public static string UnitChange(bool submitted, DateTimeOffset at, string? by) =>
        $"{(submitted ? "inviata" : "restituita")} il {Fmt.Instant(at)}{(string.IsNullOrEmpty(by) ? "" : $" da {by}")}";

    public static string Advance(PlanState next) => next == PlanState.Validato ? "Valida il piano" : $"Porta in {Fmt.State(next)}";

    public static string Submitted(string unit) => $"Schede di {unit} inviate per l'approvazione.";

    public static string Returned(string unit) => $"Schede di {unit} restituite in bozza.";

    public static string Approved(int version) => $"Piano approvato (versione {version}).";

    public static string Advanced(PlanState state) => $"Il piano è ora in {Fmt.State(state)}.";

    public static string VariationStarted(int version) => $"Variazione registrata: la versione {version} è in bozza.";

    public static string VersionTitle(int version) => $"Versione {version}";

    /// <summary>What the user reads when an action is refused; null for an error that is a bug (the error page shows it).</summary>
    public static string? MessageOf(Exception error) => error switch
    {
        AccessDeniedException denied => $"Operazione non consentita: {denied.Message}",
        DomainException or ConcurrencyConflictException or NotFoundException => error.Message,
        _ => null,
    };
}
