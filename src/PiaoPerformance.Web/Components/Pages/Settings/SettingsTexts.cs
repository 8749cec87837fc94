using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Web.Components.Pages.Settings;

/// <summary>What the set-up pages say, in one place.</summary>
public static class SettingsTexts
{
    public const string Title = "Impostazioni dell'ente";
    public const string Subtitle = "Dati dell'ente, unità organizzative, persone e incarichi, tabelle e parametri di valutazione: tutto quello che serve per avviare un comune, senza interventi tecnici.";
    public const string Denied = "Le impostazioni dell'ente sono riservate all'Amministratore.";
    public const string Loading = "Caricamento delle impostazioni…";
    public const string Saved = "Modifiche salvate.";
    public const string Save = "Salva";
    public const string Add = "Aggiungi";
    public const string Saving = "Salvataggio…";
    public const string Required = "Campo obbligatorio.";
    public const string TooLong = "Testo troppo lungo.";
    public const string NoRows = "Nessun elemento.";
    public const string None = "—";

    public const string EnteHeading = "Ente";
    public const string CyclesHeading = "Cicli di pianificazione";
    public const string UnitsHeading = "Unità organizzative";
    public const string PeopleHeading = "Persone e incarichi";
    public const string LookupsHeading = "Tabelle";
    public const string EvaluationHeading = "Parametri di valutazione";

    public static string? MessageOf(Exception error) => error switch
    {
        AccessDeniedException denied => $"Operazione non consentita: {denied.Message}",
        DomainException or ConcurrencyConflictException or NotFoundException => error.Message,
        _ => null,
    };

    public static string Kind(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Settore => "Settore",
        OrgUnitKind.SettoreAutonomo => "Settore autonomo",
        OrgUnitKind.Area => "Area",
        OrgUnitKind.CentroDiResponsabilita => "Centro di responsabilità",
        OrgUnitKind.Servizio => "Servizio",
        OrgUnitKind.Ufficio => "Ufficio",
        OrgUnitKind.Segreteria => "Segreteria",
        _ => kind.ToString(),
    };

    public static string Role(ManagerRole role) => role switch
    {
        ManagerRole.Segretario => "Segretario comunale",
        ManagerRole.Dirigente => "Dirigente",
        ManagerRole.ResponsabileEQ => "Responsabile EQ",
        ManagerRole.ResponsabileServizio => "Responsabile di servizio",
        _ => role.ToString(),
    };

    public static string Area(ClassificationArea area) => area switch
    {
        ClassificationArea.Operatori => "Area degli Operatori",
        ClassificationArea.OperatoriEsperti => "Area degli Operatori esperti",
        ClassificationArea.Istruttori => "Area degli Istruttori",
        ClassificationArea.FunzionariEQ => "Area dei Funzionari e dell'Elevata qualificazione",
        _ => area.ToString(),
    };

    public static string PartTime(PartTimeType type) => type switch
    {
        PartTimeType.FullTime => "Tempo pieno",
        PartTimeType.Horizontal => "Part-time orizzontale",
        PartTimeType.Vertical => "Part-time verticale",
        _ => type.ToString(),
    };

    public static string Week(WorkingWeek week) => week switch
    {
        WorkingWeek.MondayToFriday => "Dal lunedì al venerdì",
        WorkingWeek.MondayToSaturday => "Dal lunedì al sabato",
        _ => week.ToString(),
    };

    public static string Combination(SanctionCombination combination) => combination == SanctionCombination.Additive
        ? "Le riduzioni si sommano" : "Le riduzioni si moltiplicano";

    public static string PaymentTimes(PaymentTimesMode mode) => mode == PaymentTimesMode.Gate
        ? "Soglia: obiettivo mancato → retribuzione di risultato ridotta" : "Peso: l'obiettivo pesa il 30 %";

    public static string Weights(WeightModel model) => model == WeightModel.Score
        ? "Punteggio: i pesi formano il punteggio, la fascia stabilisce l'importo (modello di Cassino)"
        : "Quota dell'indennità / della somma CCDI: il peso è la quota dell'importo (modello S2)";

    /// <summary>SPEC §4.16 in plain words, under the choice of the weight model.</summary>
    public const string WeightsHelp =
        "Con «Punteggio» i pesi degli obiettivi formano il punteggio della scheda e la fascia raggiunta stabilisce la quota del premio. " +
        "Con «Quota» ogni peso è la parte dell'importo legata a quell'obiettivo: per responsabili (EQ) e dirigenti la quota dell'indennità " +
        "di risultato (le quote di una scheda sommano a 100), per il Segretario la quota della parte di indennità coperta dagli obiettivi del " +
        "piano, per i dipendenti la quota della somma CCDI destinata alla performance organizzativa (un obiettivo comune è diviso in parti " +
        "uguali tra le persone coinvolte). L'importo è il massimo × Σ(quota × raggiungimento), senza fasce; l'obiettivo tempi di pagamento " +
        "pesa con la sua quota e non si applica un'ulteriore riduzione del 30 %.";

    public static string Proration(ProrationBasis basis) => basis == ProrationBasis.Days ? "Giorni di servizio" : "Mesi interi di servizio";
}
