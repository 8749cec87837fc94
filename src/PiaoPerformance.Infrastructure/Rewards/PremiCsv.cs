using System.Globalization;
using System.Text;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Rewards;

namespace PiaoPerformance.Infrastructure.Rewards;

/// <summary>The two CSV dialects of exports: Italian spreadsheets (<c>;</c>, comma decimals, UTF-8 with BOM) and RFC 4180 (<c>,</c>, point decimals).</summary>
public enum CsvDialect
{
    It,
    Rfc4180,
}

/// <summary>The premi data as CSV: one line per role and band, then one total line per role with its differentiation.</summary>
public static class PremiCsv
{
    public static readonly string[] Header = ["anno", "categoria", "fascia", "percentuale_premio", "persone", "importo", "grado_differenziazione"];

    /// <summary>The file's bytes in <paramref name="dialect"/> (CRLF line ends in both, fields quoted when needed).</summary>
    public static byte[] Write(PremiSummaryResult summary, int year, CsvDialect dialect)
    {
        var (separator, culture) = dialect == CsvDialect.It ? (';', CultureInfo.GetCultureInfo("it-IT")) : (',', CultureInfo.InvariantCulture);
        string Number(decimal value) => value.ToString("0.00", culture);
        var text = new StringBuilder();
        void Line(params string[] fields) => text.Append(string.Join(separator, fields.Select(f => Quote(f, separator)))).Append("\r\n");

        Line(Header);
        foreach (var row in summary.Rows)
        {
            Line(year.ToString(CultureInfo.InvariantCulture), RoleLabel(row.Role), row.BandLabel, row.BandPayPct is { } p ? Number(p) : "",
                row.People.ToString(CultureInfo.InvariantCulture), Number(row.Money), "");
        }

        foreach (var role in summary.Roles)
        {
            Line(year.ToString(CultureInfo.InvariantCulture), RoleLabel(role.Role), "Totale", "", role.People.ToString(CultureInfo.InvariantCulture),
                Number(role.Money), Number(role.DifferentiationPct));
        }

        var body = Encoding.UTF8.GetBytes(text.ToString());
        return dialect == CsvDialect.It ? [.. Encoding.UTF8.GetPreamble(), .. body] : body;
    }

    /// <summary>The role category as the publication names it.</summary>
    public static string RoleLabel(EvaluatedRole role) => role switch
    {
        EvaluatedRole.Segretario => "Segretario",
        EvaluatedRole.Dirigente => "Dirigenti",
        EvaluatedRole.Eq => "Incaricati di EQ",
        _ => "Dipendenti",
    };

    private static string Quote(string field, char separator) =>
        field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
