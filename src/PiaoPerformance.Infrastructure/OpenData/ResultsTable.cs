using PiaoPerformance.Infrastructure.Measurement;

namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>The achievements per objective of a year (<see cref="MeasurementQueries.GetResultsAsync"/>) as a table, one row per objective.</summary>
public static class ResultsTable
{
    public static readonly ExportColumn[] Columns =
    [
        new("anno", CellKind.Number),
        new("codice_unita", CellKind.Text),
        new("unita", CellKind.Text),
        new("codice_obiettivo", CellKind.Text),
        new("obiettivo", CellKind.Text),
        new("peso", CellKind.Number),
        new("rendicontazione_inviata", CellKind.Text),
        new("percentuale_dichiarata", CellKind.Percent),
        new("percentuale_proposta", CellKind.Percent),
        new("percentuale_raggiungimento", CellKind.Percent),
        new("escluso", CellKind.Text),
        new("motivo_esclusione", CellKind.Text),
        new("concordato", CellKind.Text),
        new("data_accordo", CellKind.Date),
    ];

    public static ExportTable From(PlanResultsView results) => new($"Risultati {results.Year}", Columns, results.Rows.Select(r => new object?[]
    {
        results.Year, r.UnitCode, r.UnitName ?? CrossCutting, r.Code, r.Title, r.Weight, YesNo(r.ReportSubmitted), r.ReportedPct, r.ProposedPct,
        r.AchievementPct, YesNo(r.Excluded), r.ExclusionReason, YesNo(r.IsFinal), r.AgreedOn,
    }));

    /// <summary>What an objective of the whole ente shows in the unit column.</summary>
    public const string CrossCutting = "Obiettivo trasversale";

    public static string YesNo(bool value) => value ? "sì" : "no";
}
