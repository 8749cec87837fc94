using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Infrastructure.OpenData;

namespace PiaoPerformance.Infrastructure.Rewards;

/// <summary>
/// The premi data as a table: one line per role and band, then one total line per role with its differentiation.
/// The same table is the CSV (both dialects), the .xlsx and the .ods (ADR-021).
/// </summary>
public static class PremiCsv
{
    public static readonly string[] Header = ["anno", "categoria", "fascia", "percentuale_premio", "persone", "importo", "grado_differenziazione"];

    private static readonly ExportColumn[] Columns =
    [
        new(Header[0], CellKind.Number), new(Header[1], CellKind.Text), new(Header[2], CellKind.Text), new(Header[3], CellKind.Percent, 2),
        new(Header[4], CellKind.Number), new(Header[5], CellKind.Money), new(Header[6], CellKind.Percent, 2),
    ];

    /// <summary>The summary's rows and per-role totals as the table every format writes.</summary>
    public static ExportTable Table(PremiSummaryResult summary, int year)
    {
        var rows = summary.Rows.Select(r => new object?[] { year, RoleLabel(r.Role), r.BandLabel, r.BandPayPct, r.People, r.Money, null })
            .Concat(summary.Roles.Select(r => new object?[] { year, RoleLabel(r.Role), "Totale", null, r.People, r.Money, r.DifferentiationPct }));
        return new ExportTable($"Premi {year}", Columns, rows);
    }

    /// <summary>The file's bytes in <paramref name="dialect"/> (CRLF line ends in both, fields quoted when needed).</summary>
    public static byte[] Write(PremiSummaryResult summary, int year, CsvDialect dialect) => CsvWriter.Write(Table(summary, year), dialect);

    /// <summary>The role category as the publication names it.</summary>
    public static string RoleLabel(EvaluatedRole role) => role switch
    {
        EvaluatedRole.Segretario => "Segretario",
        EvaluatedRole.Dirigente => "Dirigenti",
        EvaluatedRole.Eq => "Incaricati di EQ",
        _ => "Dipendenti",
    };
}
