using PiaoPerformance.Infrastructure.Dashboard;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Charts;

/// <summary>What the charts say, in one place: titles, empty states and the figcaptions that state the key numbers.</summary>
public static class ChartTexts
{
    public const string DataSummary = "Dati del grafico";
    public const string NoData = "Nessun dato per l'anno scelto.";
    public const string NoMeasures = "Nessuna misurazione concordata dal NIV per l'anno scelto: il grafico comparirà con i primi valori concordati.";
    public const string NoUnits = "Il piano non ha obiettivi di unità.";
    public const string NoStrategic = "Il piano non ha obiettivi strategici.";
    public const string NoSheets = "Nessuna scheda di valutazione calcolabile per l'anno scelto.";
    public const string NothingYet = "Nessuna misurazione concordata e nessuna scheda di valutazione per l'anno scelto: i grafici compariranno con i primi dati.";
    public const string Warning = "Da verificare";

    public static string UnitsTitle(int year) => $"Raggiungimento degli obiettivi per unità, anno {year}";

    public static string StrategicTitle(int year) => $"Raggiungimento per obiettivo strategico, anno {year}";

    public static string DistributionTitle(int year) => $"Distribuzione delle schede per fascia, anno {year}";

    public static string MoneyTitle(int year) => $"Premi per fascia, anno {year}";

    public static string SpreadTitle(int year) => $"Punteggi assegnati da ciascun valutatore, anno {year}";

    /// <summary>A bar of achievement as the reader reads it: the percentage, "escluso", or how many measures are agreed.</summary>
    public static string Achievement(AchievementBar bar) =>
        bar.Pct is { } pct ? Fmt.Percent(pct)
        : bar.Excluded ? "escluso"
        : $"non ancora calcolabile ({bar.Agreed} di {bar.Objectives} concordati)";

    public static string AchievementCaption(string title, IReadOnlyList<AchievementBar> bars) =>
        $"{title}, dalle misurazioni concordate dal NIV pesate come nelle schede: " +
        string.Join("; ", bars.Select(b => $"{b.Label} {Achievement(b)}")) + ".";

    public static string BandLabel(PiaoPerformance.Domain.Rewards.PremiBandRow row) => $"{PremiCsv.RoleLabel(row.Role)} · {row.BandLabel}";

    public static string People(int n) => n == 1 ? "1 scheda" : $"{n} schede";

    public static string DistributionCaption(string title, BandDistributionData data) =>
        $"{title}: nell'ente {People(data.Ente.People)} – " +
        string.Join("; ", data.Ente.Rows.Select(r => $"{BandLabel(r)} {r.People}")) + ". " +
        string.Join(" ", data.Units.Select(u => $"{u.Label}: " + string.Join("; ", u.Rows.Select(r => $"{BandLabel(r)} {r.People}")) + ".")) +
        (data.Incomplete > 0 ? $" Schede non ancora calcolabili, non conteggiate: {data.Incomplete}." : "");

    public static string MoneyCaption(string title, PiaoPerformance.Domain.Rewards.PremiSummaryResult summary) =>
        $"{title}: totale {Fmt.Money(summary.Money)} a {People(summary.People)} – " +
        string.Join("; ", summary.Rows.Select(r => $"{BandLabel(r)} {Fmt.Money(r.Money)} ({People(r.People)})")) + ".";

    public static string SpreadCaption(string title, IReadOnlyList<EvaluatorDifferentiation> rows) =>
        $"{title} (totale D): " +
        string.Join("; ", rows.Select(r => $"{r.Evaluator} {People(r.Check.Sheets)} " +
            (r.Check.MinD == r.Check.MaxD ? $"con {Fmt.Number(r.Check.MinD)}" : $"da {Fmt.Number(r.Check.MinD)} a {Fmt.Number(r.Check.MaxD)}") +
            (r.Check.Warning ? $", {Warning.ToLowerInvariant()}" : ""))) + ".";
}
