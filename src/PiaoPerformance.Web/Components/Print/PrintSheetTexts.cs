namespace PiaoPerformance.Web.Components.Print;

/// <summary>The printed sheet's own words (seed 003's tables); the rest are the sheet page's <see cref="Pages.Sheets.SheetsTexts"/>.</summary>
public static class PrintSheetTexts
{
    public const string Weight = "Peso";
    public const string Achievement = "Valore raggiunto";
    public const string ObjectivesSum = "Somma ponderata degli obiettivi (S)";
    public const string Behaviour = "Comportamento organizzativo";
    public const string Maximum = "Max";
    public const string TotalD = "TOTALE PUNTEGGIO SCHEDA D = (A+B+C)";
    public const string Date = "Data:";
    public const string Blank = "____________________";
    public const string EvaluatorSignature = "Firma del valutatore";
    public const string EvaluatedSignature = "Firma del valutato per presa visione";
    public const string Header = "Scheda di valutazione";
    public const string DraftNotice = "scheda non ancora notificata: valori calcolati, non definitivi";

    public const string MoneyShare = "IMPORTO – MODELLO A QUOTE";
    public const string MoneySharePay = "Importo spettante";

    /// <summary>SPEC §4.16: the money lines of a money-share sheet's explanation (none in the score model).</summary>
    public static IReadOnlyList<string> MoneyShareLines(IReadOnlyList<string>? lines)
    {
        var start = lines is null ? -1 : lines.ToList().IndexOf(Domain.Scoring.SheetCalculator.MoneyShareHeading);
        return start < 0 ? [] : lines!.Skip(start).ToList();
    }

    public static string Total(string component) => $"TOTALE PUNTEGGIO {component}";

    public static string AfterSanctions(string cut) => $"D dopo la riduzione per sanzioni disciplinari ({cut})";
}
