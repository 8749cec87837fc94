using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>The Italian words the template uses for the card's choices, both ways, and the names of the Elenchi lists.</summary>
public static class WorkbookLists
{
    public const string Levels = "Livello";
    public const string Kinds = "Tipo";
    public const string Units = "Unità";
    public const string People = "Persone";
    public const string DupCodes = "Codice DUP";
    public const string YesNo = "Sì/No";
    public const string RuleKinds = "Regola";
    public const string Ratings = "Rilevanza";
    public const string IndicatorUnits = "Unità di misura";
    public const string Polarities = "Polarità";
    public const string MandateLines = "Linee di mandato";
    public const string Programmes = "Missione/Programma";

    public const string Yes = "Sì";
    public const string No = "No";

    public static readonly IReadOnlyDictionary<ObjectiveLevel, string> LevelLabels = new Dictionary<ObjectiveLevel, string>
    {
        [ObjectiveLevel.Strategic] = "Strategico",
        [ObjectiveLevel.Operational] = "Operativo",
        [ObjectiveLevel.Management] = "Gestionale",
    };

    public static readonly IReadOnlyDictionary<ObjectiveKind, string> KindLabels = new Dictionary<ObjectiveKind, string>
    {
        [ObjectiveKind.Unit] = "Di unità",
        [ObjectiveKind.OrganisationalPerformance] = "Performance organizzativa",
        [ObjectiveKind.CrossCutting] = "Trasversale",
        [ObjectiveKind.Shared] = "Condiviso",
    };

    public static readonly IReadOnlyDictionary<AchievementRuleKind, string> RuleLabels = new Dictionary<AchievementRuleKind, string>
    {
        [AchievementRuleKind.Milestone] = "Traguardi",
        [AchievementRuleKind.NumericThreshold] = "Soglie",
        [AchievementRuleKind.Proportional] = "Proporzionale",
        [AchievementRuleKind.Binary] = "Raggiunto/non raggiunto",
    };

    public static readonly IReadOnlyDictionary<RatingLevel, string> RatingLabels = new Dictionary<RatingLevel, string>
    {
        [RatingLevel.High] = "Alto",
        [RatingLevel.Medium] = "Medio",
        [RatingLevel.Low] = "Basso",
    };

    public static readonly IReadOnlyDictionary<IndicatorUnit, string> UnitLabels = new Dictionary<IndicatorUnit, string>
    {
        [IndicatorUnit.Percent] = "Percentuale",
        [IndicatorUnit.Count] = "Numero",
        [IndicatorUnit.Boolean] = "Sì/No",
        [IndicatorUnit.Date] = "Data",
        [IndicatorUnit.Text] = "Testo",
    };

    public static readonly IReadOnlyDictionary<Polarity, string> PolarityLabels = new Dictionary<Polarity, string>
    {
        [Polarity.HigherIsBetter] = "Più è meglio",
        [Polarity.LowerIsBetter] = "Meno è meglio",
    };

    /// <summary>The enum value whose label is <paramref name="text"/> (case and outer spaces ignored).</summary>
    public static bool TryParse<T>(IReadOnlyDictionary<T, string> labels, string text, out T value)
        where T : struct
    {
        foreach (var (key, label) in labels)
        {
            if (string.Equals(label, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>"Sì"/"Si"/"No"/empty; null when the text is none of them.</summary>
    public static bool? ParseYesNo(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "NO" => false,
        "SÌ" or "SI" or "SÍ" => true,
        _ => null,
    };

    public static string Choices<T>(IReadOnlyDictionary<T, string> labels)
        where T : notnull => string.Join(", ", labels.Values);
}
