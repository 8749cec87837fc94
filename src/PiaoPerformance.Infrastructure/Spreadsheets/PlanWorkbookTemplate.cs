namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// The plan workbook's documented template (docs/user-guide.md, ADR "plan workbook"): the sheets, their columns in
/// order and the Italian lists the dropdowns offer. Export writes exactly this and import reads exactly this, so the
/// two cannot drift apart.
/// </summary>
public static class PlanWorkbookTemplate
{
    public const string Objectives = "Obiettivi";
    public const string Indicators = "Indicatori";
    public const string Targets = "Attese";
    public const string Phases = "Fasi";
    public const string RuleSteps = "Regole";
    public const string Contributions = "Contributi";
    public const string Lists = "Elenchi";
    public const string ReadMe = "Leggimi";

    /// <summary>The column that ties a row of the other sheets to its objective.</summary>
    public const string RefHeader = "Rif. obiettivo";

    public static readonly IReadOnlyList<WorkbookColumn> ObjectiveColumns =
    [
        new("Rif.", ColumnKind.Text, true, "Riferimento della riga, unico nel file (es. «II-3»): gli altri fogli lo usano per indicare l'obiettivo."),
        new("Livello", ColumnKind.Choice, true, "Strategico, Operativo o Gestionale.", WorkbookLists.Levels),
        new("Tipo", ColumnKind.Choice, true, "Di unità, Performance organizzativa, Trasversale o Condiviso.", WorkbookLists.Kinds),
        new("Unità", ColumnKind.Choice, false, "Codice dell'unità organizzativa responsabile (obbligatorio per gli obiettivi operativi di unità).", WorkbookLists.Units),
        new("Responsabile", ColumnKind.Choice, false, "Solo dove i responsabili di un'unità si dividono gli obiettivi: nome e cognome.", WorkbookLists.People),
        new("Numero", ColumnKind.Integer, true, "«Obiettivo n.»: unico per unità (e responsabile) o per obiettivo strategico."),
        new("Codice", ColumnKind.Text, false, "Codice dello schema dell'ente, es. «OS1.03»."),
        new("Obiettivo strategico", ColumnKind.Text, false, "Rif. della riga dell'obiettivo strategico a cui appartiene."),
        new("Quota strategico (%)", ColumnKind.Number, false, "Quota del peso dell'obiettivo strategico (obbligatoria se indicato l'obiettivo strategico)."),
        new("Tema", ColumnKind.Text, false, "Titolo tematico, es. «DIGITALIZZAZIONE»."),
        new("Descrizione obiettivo", ColumnKind.Text, true, "Descrizione dell'obiettivo come stampata nella scheda."),
        new("Descrizione estesa", ColumnKind.Text, false, "Descrizione di dettaglio."),
        new("Risultato atteso", ColumnKind.Text, false, "Risultato atteso."),
        new("Modalità di verifica", ColumnKind.Text, false, "Modalità di verifica del risultato."),
        new("Inizio", ColumnKind.Date, false, "Data di inizio (gg/mm/aaaa)."),
        new("Fine", ColumnKind.Date, false, "Data di fine (gg/mm/aaaa), non prima dell'inizio."),
        new("Fine (testo)", ColumnKind.Text, false, "Fine espressa a parole, es. «31.12 di ciascun anno»."),
        new("Peso (%)", ColumnKind.Number, false, "Peso in % sul totale della persona valutata (vuoto: pesi uguali); per persona i pesi sommano a 100."),
        new("Linee di mandato", ColumnKind.List, false, "Codici delle linee di mandato (foglio Elenchi), separati da «;»."),
        new("Codice DUP", ColumnKind.Choice, false, "Codice DUP dall'elenco dell'ente.", WorkbookLists.DupCodes),
        new("Missione/Programma", ColumnKind.List, false, "Coppie missione.programma (es. «01.02»), separate da «;»."),
        new("Personale coinvolto", ColumnKind.List, false, "Nomi e cognomi del personale dell'unità, separati da «;»."),
        new("Stakeholder", ColumnKind.Text, false, "Portatori di interesse."),
        new("Altri soggetti", ColumnKind.Text, false, "Soggetti esterni che contribuiscono."),
        new("Contingente", ColumnKind.Choice, false, "Sì se è una funzione esercitata solo se il caso si presenta (vuoto: No).", WorkbookLists.YesNo),
        new("Tempi di pagamento", ColumnKind.Choice, false, "Sì per l'obiettivo sui tempi di pagamento (art. 4-bis D.L. 13/2023).", WorkbookLists.YesNo),
        new("Regola", ColumnKind.Choice, false, "Regola di raggiungimento graduato; i livelli nel foglio Regole.", WorkbookLists.RuleKinds),
        new("Unità di misura regola", ColumnKind.Text, false, "Cosa contano le soglie, es. «%», «iniziative»."),
        new("Importanza", ColumnKind.Choice, false, "Pesatura: Alto, Medio o Basso (le quattro voci insieme o nessuna).", WorkbookLists.Ratings),
        new("Impatto esterno", ColumnKind.Choice, false, "Pesatura: Alto, Medio o Basso.", WorkbookLists.Ratings),
        new("Complessità", ColumnKind.Choice, false, "Pesatura: Alto, Medio o Basso.", WorkbookLists.Ratings),
        new("Realizzabilità", ColumnKind.Choice, false, "Pesatura: Alto, Medio o Basso.", WorkbookLists.Ratings),
        new("Nota per la revisione", ColumnKind.Text, false, "Nota su dati da verificare."),
    ];

    public static readonly IReadOnlyList<WorkbookColumn> IndicatorColumns =
    [
        new(RefHeader, ColumnKind.Text, true, "Rif. della riga del foglio Obiettivi."),
        new("N.", ColumnKind.Integer, true, "Ordine dell'indicatore nella scheda (1, 2, ...)."),
        new("Indicatore", ColumnKind.Text, true, "Nome dell'indicatore."),
        new("Formula", ColumnKind.Text, false, "Formula scritta come testo (non viene calcolata)."),
        new("Unità di misura", ColumnKind.Choice, true, "Percentuale, Numero, Sì/No, Data o Testo.", WorkbookLists.IndicatorUnits),
        new("Polarità", ColumnKind.Choice, true, "Più è meglio o Meno è meglio.", WorkbookLists.Polarities),
        new("Target", ColumnKind.Text, false, "Valore atteso come scritto, es. «95%», «si»."),
        new("Valore di partenza", ColumnKind.Text, false, "Baseline."),
        new("Fonte", ColumnKind.Text, false, "Dove si verifica il dato."),
    ];

    public static readonly IReadOnlyList<WorkbookColumn> TargetColumns =
    [
        new(RefHeader, ColumnKind.Text, true, "Rif. della riga del foglio Obiettivi."),
        new("Anno", ColumnKind.Integer, true, "Anno del ciclo del piano."),
        new("Attesa (%)", ColumnKind.Number, false, "Percentuale di raggiungimento attesa nell'anno."),
        new("Non previsto", ColumnKind.Choice, false, "Sì se l'obiettivo non è previsto nell'anno («//»).", WorkbookLists.YesNo),
    ];

    public static readonly IReadOnlyList<WorkbookColumn> PhaseColumns =
    [
        new(RefHeader, ColumnKind.Text, true, "Rif. della riga del foglio Obiettivi."),
        new("N.", ColumnKind.Integer, true, "Ordine della fase."),
        new("Fase", ColumnKind.Text, true, "Descrizione della fase."),
        new("Scadenza", ColumnKind.Date, false, "Data di scadenza (gg/mm/aaaa)."),
        new("Completata", ColumnKind.Choice, false, "Sì se la fase è completata.", WorkbookLists.YesNo),
    ];

    public static readonly IReadOnlyList<WorkbookColumn> RuleStepColumns =
    [
        new(RefHeader, ColumnKind.Text, true, "Rif. della riga del foglio Obiettivi (che indica la Regola)."),
        new("Livello", ColumnKind.Text, true, "Descrizione del livello, es. «Approvazione della bozza»."),
        new("Raggiungimento (%)", ColumnKind.Number, true, "Percentuale di raggiungimento riconosciuta al livello."),
        new("Soglia minima", ColumnKind.Number, false, "Per la regola a soglie: valore minimo (incluso) del livello."),
    ];

    public static readonly IReadOnlyList<WorkbookColumn> ContributionColumns =
    [
        new(RefHeader, ColumnKind.Text, true, "Rif. della riga del foglio Obiettivi (obiettivo condiviso)."),
        new("Unità", ColumnKind.Choice, true, "Codice dell'unità che contribuisce.", WorkbookLists.Units),
        new("Contributo (%)", ColumnKind.Number, true, "Percentuale di contribuzione: per obiettivo sommano a 100."),
        new("Valore atteso", ColumnKind.Text, false, "Valore atteso dell'unità."),
        new("Indicatori", ColumnKind.Text, false, "Indicatori di misurazione dell'unità."),
        new("Risultato atteso", ColumnKind.Text, false, "Risultato atteso dell'unità."),
    ];

    /// <summary>The data sheets in workbook order, with their columns.</summary>
    public static readonly IReadOnlyList<(string Sheet, IReadOnlyList<WorkbookColumn> Columns)> DataSheets =
    [
        (Objectives, ObjectiveColumns),
        (Indicators, IndicatorColumns),
        (Targets, TargetColumns),
        (Phases, PhaseColumns),
        (RuleSteps, RuleStepColumns),
        (Contributions, ContributionColumns),
    ];
}
