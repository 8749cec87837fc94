using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>Every word the evaluation-sheet pages show.</summary>
public static class SheetsTexts
{
    public const string WhatIf = "Simulazione (senza salvare)";

    public const string ToEvaluateTitle = "Schede di valutazione";
    public const string ToEvaluateSubtitle = "Le schede che compili come valutatore, con lo stato e la prossima scadenza.";
    public const string MineTitle = "La mia scheda";
    public const string MineSubtitle = "La tua scheda di valutazione: punteggi, fascia, spiegazione del calcolo e procedura di conciliazione.";
    public const string AllTitle = "Tutte le schede";
    public const string AllSubtitle = "Le schede dell'ente con stato e scadenze; in rosso quelle scadute.";
    public const string Loading = "Caricamento delle schede…";
    public const string LoadingSheet = "Caricamento della scheda…";
    public const string NoneToEvaluate = "Non hai schede da valutare.";
    public const string NoneMine = "Non risulta alcuna scheda di valutazione a tuo nome.";
    public const string None = "Nessuna scheda.";
    public const string NotFound = "Scheda non trovata";
    public const string NotFoundText = "La scheda richiesta non esiste in questo ente.";
    public const string Denied = "Accesso negato";

    public const string ColPerson = "Valutato";
    public const string ColYear = "Anno";
    public const string ColRole = "Ruolo";
    public const string ColUnit = "Unità";
    public const string ColState = "Stato";
    public const string ColD = "Punteggio D";
    public const string ColBand = "Fascia";
    public const string ColDeadline = "Scadenza";
    public const string Open = "Apri";
    public const string Overdue = "scaduta";

    public const string Header = "Intestazione";
    public const string Evaluators = "Valutatori";
    public const string NoEvaluator = "—";
    public const string ComponentA = "Componente A – Performance dell'ente";
    public const string ComponentB = "Componente B – Obiettivi";
    public const string ComponentC = "Componente C – Comportamenti";
    public const string Result = "Risultato";
    public const string EntePerformance = "Performance dell'ente (%)";
    public const string TakeAgreed = "Prendi i valori concordati";
    public const string TakingAgreed = "Acquisizione…";
    public const string Taken = "Valori concordati dal NIV acquisiti nella scheda.";
    public const string ColCode = "Codice";
    public const string ColObjective = "Obiettivo";
    public const string ColWeight = "Peso originale";
    public const string ColEffective = "Peso effettivo";
    public const string ColAgreed = "Risultato concordato";
    public const string Excluded = "escluso";
    public const string ScoreLegend = "Punteggio";
    public const string Note = "Nota";
    public const string NoteRequired = "Il punteggio 0 non ha un descrittore nel catalogo: indicare una motivazione.";
    public const string ScoreRequired = "Scegliere un punteggio.";
    public const string NoDescriptor = "(nessun descrittore)";
    public const string SaveScores = "Salva la valutazione";
    public const string Saving = "Salvataggio…";
    public const string Saved = "Valutazione salvata.";
    public const string Conflict = "Qualcun altro ha salvato la scheda nel frattempo: quello che hai scritto è rimasto nel modulo; ricarica la scheda per vedere la versione aggiornata.";
    public const string Reload = "Ricarica la scheda";
    public const string DownloadPdf = "Scarica PDF";
    public const string UnitPdfs = "PDF di tutte le schede";

    public const string Explanation = "Spiegazione del calcolo";
    public const string NoExplanation = "Nessuna spiegazione: la scheda non è ancora completa.";
    public const string Band = "Fascia";
    public const string Negative = "Valutazione negativa";
    public const string NotNegative = "Valutazione non negativa";
    public const string Pay = "Premio";
    public const string FrozenFigures = "Valori della versione notificata";
    public const string LiveFigures = "Valori calcolati (bozza)";
    public const string Incomplete = "Scheda incompleta";

    public const string Inputs = "Presenza e sanzioni";
    public const string Service = "Periodo di servizio";
    public const string PartTime = "Part-time";
    public const string Absence = "Giorni di assenza";
    public const string Sanctions = "Sanzioni disciplinari";
    public const string Partials = "Valutazioni parziali";

    public const string Conciliation = "Notifica e conciliazione";
    public const string NextDeadline = "Prossima scadenza";
    public const string Notify = "Notifica la scheda";
    public const string Observe = "Presenta osservazioni";
    public const string Confirm = "Conferma il giudizio";
    public const string Modify = "Notifica la scheda modificata";
    public const string Accept = "Accetta e sottoscrivi";
    public const string Contest = "Contesta";
    public const string Validate = "Valida la scheda";
    public const string StepText = "Osservazioni, motivazione o nota";
    public const string StepTextHelp = "Obbligatorio per osservazioni, modifica e contestazione.";
    public const string StepDone = "Operazione registrata.";
    public const string NotifiedOn = "Notificata il";
    public const string ObservationsDue = "Osservazioni entro il";
    public const string ObservedOn = "Osservazioni presentate il";
    public const string ReviewDue = "Conferma o modifica entro il";
    public const string ReviewedOn = "Riesaminata il";
    public const string SignedOn = "Sottoscritta il";
    public const string ContestedOn = "Contestata il";
    public const string ValidatedOn = "Validata il";
    public const string Observations = "Osservazioni del valutato";
    public const string ReviewNote = "Nota del valutatore";
    public const string ContestNote = "Motivi della contestazione";

    public const string Versions = "Versioni";
    public const string NoVersions = "Nessuna versione: la scheda non è ancora stata notificata.";
    public const string ShowVersion = "Visualizza";
    public const string HideVersion = "Chiudi";
    public const string Current = "attuale";

    public static string Version(int number, SheetState state, DateOnly on, string by) => $"Versione {number} · {State(state)} · {Fmt.Date(on)} · {by}";

    public static string Deadline(SheetDeadlineView d) => $"{d.What} entro il {Fmt.Date(d.Due)}{(d.Overdue ? $" ({Overdue})" : "")}";

    public static string Item(SheetItemView item) => $"{item.Code} – {item.Label}";

    public static string DownloadOf(int year) => $"le schede {year}";

    public static string UnitPdf(string unit, int year) => $"{UnitPdfs} – {unit} {year}";

    public static string MaxOf(int maximum) => $"(massimo {maximum})";

    public static string ScoreOption(int score) => $"{score}";

    public static string Title(SheetView sheet) => $"Scheda {sheet.Year} – {sheet.PersonName}";

    public static string State(SheetState state) => state switch
    {
        SheetState.Bozza => "Bozza",
        SheetState.Notificata => "Notificata",
        SheetState.Osservazioni => "Osservazioni ricevute",
        SheetState.Confermata => "Confermata",
        SheetState.Modificata => "Modificata",
        SheetState.Accettata => "Accettata",
        SheetState.Contestata => "Contestata",
        SheetState.Validata => "Validata",
        _ => state.ToString(),
    };

    public static string Role(EvaluatedRole role) => role switch
    {
        EvaluatedRole.Segretario => "Segretario",
        EvaluatedRole.Dirigente => "Dirigente",
        EvaluatedRole.Eq => "Elevata Qualificazione",
        _ => "Dipendente",
    };

    public static string Evaluator(SheetView sheet) => sheet.EvaluatorKind switch
    {
        EvaluatorKind.Niv => "Nucleo di valutazione (NIV)",
        EvaluatorKind.Sindaco => "Sindaco",
        _ => sheet.Evaluators.Count == 0 ? NoEvaluator
            : string.Join(", ", sheet.Evaluators.Select(e => e.Role == SheetEvaluatorRole.Proponente ? $"{e.Name} (proponente)" : e.Name)),
    };

    public static string? MessageOf(Exception error) => error switch
    {
        Domain.Access.AccessDeniedException denied => $"Operazione non consentita: {denied.Message}",
        Domain.Common.ConcurrencyConflictException => Conflict,
        Domain.Common.DomainException or Domain.Common.NotFoundException => error.Message,
        _ => null,
    };
}
