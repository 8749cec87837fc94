namespace PiaoPerformance.Web.Components.Pages.Objectives.Editor;

/// <summary>What the card editor says, in one place.</summary>
public static class EditorTexts
{
    public const string NewHeading = "Nuovo obiettivo operativo";
    public const string EditHeading = "Modifica obiettivo";
    public const string Required = "Campo obbligatorio.";
    public const string TooLong = "Testo troppo lungo.";
    public const string Percentage = "Indicare un valore tra 0 e 100.";
    public const string EndOne = "Indicare la data di fine oppure il testo (non entrambi).";
    public const string EndBeforeStart = "La data di fine precede quella di inizio.";
    public const string IndicatorName = "Ogni indicatore deve avere un nome.";
    public const string PhaseTitle = "Ogni fase deve avere una descrizione.";
    public const string YearTarget = "Per ogni anno indicare una percentuale attesa tra 0 e 100 oppure \"//\".";
    public const string StepLabel = "Ogni livello deve avere una descrizione.";
    public const string StepPct = "La percentuale di ogni livello va da 0 a 100.";
    public const string StepBound = "Per una regola a soglie ogni livello richiede la soglia minima.";
    public const string StepsNeeded = "Indicare almeno un livello.";
    public const string Saved = "Salvato.";
    public const string Invalid = "Correggi i campi segnalati: nulla è stato salvato.";
    public const string Weights = "Pesi";
    public const string PaymentTimesHint = "Obiettivo sui tempi di pagamento.";
    public const string Unsaved = "Ci sono modifiche non salvate.";
    public const string ShareRequired = "Indicare la quota dell'obiettivo strategico (%).";
    public const string ContributionUnit = "Scegliere l'unità che contribuisce.";
    public const string GridIncomplete = "Valutare tutte e quattro le variabili oppure nessuna.";
    public const string NoParent = "— nessuno (obiettivo autonomo) —";
    public const string NotRated = "— non valutato —";
}
