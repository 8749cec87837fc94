using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>Every word of the year's opening page and of the change of evaluator on a sheet.</summary>
public static class SheetOpeningTexts
{
    public const string Link = "Aprire le schede dell'anno";
    public const string Subtitle = "Le persone con un'assegnazione nell'anno, il valutatore proposto (SPEC §3.1) e le schede già aperte. " +
        "Le schede mancanti delle persone selezionate si aprono in bozza tutte insieme.";
    public const string Loading = "Caricamento delle persone…";
    public const string PlanNotFound = "Piano non trovato";
    public const string PlanNotFoundText = "Il piano richiesto non esiste in questo ente.";
    public const string Year = "Anno";
    public const string Unit = "Unità";
    public const string AllUnits = "Tutte le unità";
    public const string SelectVisible = "Seleziona tutte le persone da aprire mostrate";
    public const string People = "Persone con assegnazioni";
    public const string AlreadyOpen = "Con scheda aperta";
    public const string ToOpen = "Da aprire";
    public const string Skipped = "Non apribili";
    public const string ColSelect = "Seleziona";
    public const string ColPerson = "Persona";
    public const string ColRole = "Ruolo valutato";
    public const string ColUnits = "Unità e periodi";
    public const string ColEvaluator = "Valutatore proposto";
    public const string ColStatus = "Scheda";
    public const string TwoSheets = "Due schede";
    public const string JointSheet = "Scheda congiunta";
    public const string TieLabel = "Parità di mesi: scegliere";
    public const string OpenButton = "Apri le schede selezionate";
    public const string Opening = "Apertura delle schede in corso…";
    public const string NoneSelected = "Selezionare almeno una persona da aprire.";
    public const string NoPeople = "Nessuna persona con assegnazioni nell'anno.";

    public const string ChangeTitle = "Cambio del valutatore";
    public const string ChangeHelp = "Se il valutatore lascia l'incarico durante l'anno, registrare la data e chi gli subentra: dal giorno dopo il nuovo " +
        "valutatore compila la scheda e combina le valutazioni parziali (SPEC §4.13).";
    public const string Former = "Valutatore che lascia";
    public const string LeftOn = "Ultimo giorno in carica";
    public const string Replacement = "Nuovo valutatore";
    public const string ChangeNote = "Nota (facoltativa)";
    public const string ChangeButton = "Registra il cambio del valutatore";
    public const string Changed = "Cambio del valutatore registrato.";
    public const string Choose = "Scegliere…";

    public static string Title(int year) => $"Aprire le schede {year}";

    public static string Role(EvaluatedRole? role) => role is { } r ? SheetsTexts.Role(r) : "—";

    public static string Period(YearUnitPeriod p) =>
        $"{p.UnitName}{(p.Post is { } post ? $" ({Fmt.Role(post)}{(p.Interim ? ", ad interim" : "")})" : "")}: dal {Fmt.Date(p.From)}{(p.To is { } to ? $" al {Fmt.Date(to)}" : "")}";

    public static string Months(YearUnitMonths m) => $"{m.UnitName}: {m.Months} {(m.Months == 1 ? "mese" : "mesi")}";

    public static string Evaluator(YearOpeningRow row) => row.EvaluatorKind switch
    {
        null => "—",
        EvaluatorKind.Niv => "Nucleo di valutazione (NIV)",
        EvaluatorKind.Sindaco => "Sindaco",
        _ => string.Join(", ", row.Evaluators.Select(e => e.Role switch
        {
            SheetEvaluatorRole.Proponente => $"{e.Name} (proposta EQ)",
            SheetEvaluatorRole.Congiunto => $"{e.Name} (congiunto)",
            _ => e.Name,
        })),
    };

    public static string Status(YearOpeningRow row) =>
        row.SheetsOpen > 0 ? (row.SheetsOpen == 1 ? "Già aperta" : $"Già aperte ({row.SheetsOpen})") : row.SkipReason ?? ToOpen;

    public static string Done(YearOpeningResult result) =>
        $"Schede aperte: {result.Opened}." + (result.Skipped.Count == 0 ? "" : $" Persone saltate: {result.Skipped.Count}.");

    public static string Change(SheetEvaluatorChangeView c) =>
        $"{c.Former} ha lasciato l'incarico il {Fmt.Date(c.LeftOn)}; dal {Fmt.Date(c.LeftOn.AddDays(1))} valuta {c.Replacement}.";

    public static string PartialState(SheetEvaluatorChangeView c) => c.PartialRecorded
        ? $"Valutazione parziale di {c.Former} registrata."
        : $"Valutazione parziale di {c.Former} fino al {Fmt.Date(c.LeftOn)} da acquisire.";
}
