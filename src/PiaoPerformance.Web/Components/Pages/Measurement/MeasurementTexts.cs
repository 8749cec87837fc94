using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Measurement;

namespace PiaoPerformance.Web.Components.Pages.Measurement;

/// <summary>What the reporting, NIV and ente-performance pages say, in one place.</summary>
public static class MeasurementTexts
{
    public const string Saving = "Salvataggio…";
    public const string Saved = "Salvato.";
    public const string Invalid = "Controlla i campi segnalati: nulla è stato salvato.";
    public const string Conflict = "Qualcun altro ha salvato nel frattempo: quanto hai inserito è rimasto nel modulo; ricarica la pagina per vedere la versione attuale e riapplicalo.";
    public const string Loading = "Caricamento…";

    // Reporting
    public const string ReportHeading = "Rendicontazione";
    public const string ReportNotFound = "Obiettivo non trovato";
    public const string Progress = "Monitoraggio: stati di avanzamento";
    public const string NoProgress = "Nessuno stato di avanzamento registrato.";
    public const string ProgressDate = "Data";
    public const string ProgressText = "Descrizione dell'avanzamento";
    public const string ProgressPct = "Avanzamento (%)";
    public const string AddProgress = "Aggiungi avanzamento";
    public const string Late = "tardivo";
    public const string YearEnd = "Risultato di fine anno";
    public const string RealizedPct = "Percentuale realizzata (0–100)";
    public const string MeasuredValue = "Valore rilevato";
    public const string ReachedStep = "Traguardo raggiunto";
    public const string NoStep = "— nessuno —";
    public const string ReportText = "Relazione del responsabile";
    public const string Acts = "Atti di riferimento";
    public const string ActNumber = "Numero";
    public const string ActDate = "Data";
    public const string ActDescription = "Descrizione (facoltativa)";
    public const string AddAct = "Aggiungi atto";
    public const string RemoveAct = "Rimuovi";
    public const string SaveReport = "Salva rendicontazione";
    public const string Submit = "Invia al NIV";
    public const string Submitted = "Inviata al NIV";
    public const string Evidence = "File di evidenza";
    public const string NoEvidence = "Nessun file caricato.";
    public const string Upload = "Carica file (PDF, PNG o JPEG)";
    public const string Uploading = "Caricamento del file in corso…";
    public const string Reopen = "Riapri";
    public const string ReopenReason = "Motivo della riapertura";
    public const string Reopenings = "Riaperture";
    public const string ReadOnly = "La rendicontazione non è modificabile ora da te.";

    // NIV
    public const string NivHeading = "Misurazione del NIV";
    public const string NivOverviewHeading = "Misurazione del NIV: cosa resta da fare";
    public const string ResultsDownload = "i risultati per obiettivo";
    public const string Proposed = "Valore proposto dalla regola";
    public const string Explanation = "Come è stato calcolato";
    public const string OverridePct = "Valore attribuito dal NIV (%)";
    public const string OverrideReason = "Motivazione della modifica del valore";
    public const string ThirdPartyDelay = "Ritardo imputabile a terzi (conta come raggiunto)";
    public const string ThirdPartyReason = "Motivazione del ritardo di terzi";
    public const string ThirdPartyEvidence = "Riferimento alla documentazione del ritardo";
    public const string Excluded = "Escludi l'obiettivo dalla valutazione";
    public const string ExclusionReason = "Motivazione dell'esclusione";
    public const string SaveMeasure = "Salva misurazione";
    public const string Events = "Sopravvenienze";
    public const string NoEvents = "Nessuna sopravvenienza registrata.";
    public const string EventDate = "Data della sopravvenienza";
    public const string EventDescription = "Descrizione della sopravvenienza";
    public const string AddEvent = "Registra sopravvenienza";
    public const string SignOffs = "Sottoscrizioni dei componenti del NIV";
    public const string SignOff = "Sottoscrivi";
    public const string Agree = "Concorda";
    public const string Effective = "Valore risultante";
    public const string Agreed = "Valore concordato";
    public const string Reweighting = "Ripesatura: pesi originari ed effettivi";
    public const string WeightedResult = "Risultato ponderato";
    public const string OriginalWeight = "Peso originario";
    public const string EffectiveWeight = "Peso effettivo";
    public const string Achievement = "Raggiungimento";

    // Ente performance
    public const string EnteHeading = "Performance dell'ente (componente A)";
    public const string EnteValue = "Performance dell'ente (0–100)";
    public const string EnteNote = "Nota";
    public const string EnteSave = "Salva";
    public const string EnteValidate = "Valida";
    public const string EnteValidated = "Validata dal NIV";

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{Formatting.Fmt.Number(Math.Round(bytes / 1024m / 1024m, 1))} MB"
        : $"{Formatting.Fmt.Number(Math.Max(1, Math.Round(bytes / 1024m)))} KB";

    public static string TypeOf(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "PDF",
        EvidenceFileType.Png => "PNG",
        _ => "JPEG",
    };

    public static string SizeLimit(long bytes) => $"Dimensione massima: {Size(bytes)}. Il tipo è verificato sul contenuto del file, non sul nome.";

    /// <summary>The Italian message of a refused save; null for an error the page should not swallow.</summary>
    public static string? MessageOf(Exception error) => error switch
    {
        ConcurrencyConflictException => Conflict,
        AccessDeniedException denied => $"Operazione non consentita: {denied.Message}",
        DomainException or NotFoundException => error.Message,
        _ => null,
    };
}
