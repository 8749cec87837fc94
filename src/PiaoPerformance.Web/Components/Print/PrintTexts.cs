namespace PiaoPerformance.Web.Components.Print;

/// <summary>The document's Italian texts in one place; the card labels are <see cref="Pages.Plans.CardLabels"/>.</summary>
public static class PrintTexts
{
    public const string SectionTitle = "Sezione 2 - Sottosezione 2.2 Performance";
    public const string Contents = "Indice";
    public const string Structure = "Struttura organizzativa";
    public const string Framework = "Quadro strategico";
    public const string MandateLines = "Linee di mandato";
    public const string StrategicObjectives = "Obiettivi strategici";
    public const string CrossCutting = "Obiettivi strategici trasversali a tutti i settori";
    public const string Shared = "Obiettivi di performance organizzativa condivisi";
    public const string Draft = "BOZZA";
    public const string DraftNotice = "Bozza non ancora approvata dalla Giunta";
    public const string AchievementPct = "Percentuale di raggiungimento";
    public const string Expected = "Attesa";
    public const string Actual = "Realizzata";
    public const string NotApplicable = "//";
    public const string WeightTotal = "TOTALE PESO";
    public const string MissionProgramme = "Missione/Programma";
    public const string Unit = "Unità";
    public const string Responsabili = "Responsabile gestionale";
    public const string Political = "Responsabile politico";
    public const string OperationalDescription = "Obiettivo operativo - descrizione";
    public const string ExpectedResult = "Risultato atteso";
    public const string Timing = "Tempi di realizzazione e conclusione";
    public const string Indicators = "Indicatori di performance";
    public const string Contribution = "Contributo";

    public static string Approval(string number, string date) => $"Approvato con deliberazione della Giunta comunale n. {number} del {date}";

    public static string Version(int number, string date) => $"Versione {number} – documento del {date}";
}
