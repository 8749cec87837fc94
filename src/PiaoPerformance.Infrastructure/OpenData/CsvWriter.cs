using System.Globalization;
using System.Text;

namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>
/// CSV in two dialects (ADR-021), CRLF line ends in both, a field quoted when it holds the separator, a quote or a
/// line end (quotes doubled). <see cref="CsvDialect.It"/>: UTF-8 with BOM (Excel then reads accents right), <c>;</c>,
/// comma decimals without thousands separators ("1234,5"), dates dd/MM/yyyy, and a text starting with <c>= + - @</c>
/// prefixed by an apostrophe so that a spreadsheet does not run it as a formula. <see cref="CsvDialect.Rfc4180"/>:
/// UTF-8 without BOM, <c>,</c>, point decimals ("1234.5"), ISO dates, texts exactly as stored.
/// </summary>
public static class CsvWriter
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static byte[] Write(ExportTable table, CsvDialect dialect)
    {
        var (separator, culture) = dialect == CsvDialect.It ? (';', Italian) : (',', CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        void Line(IEnumerable<string> fields) => text.AppendJoin(separator, fields.Select(f => Quote(f, separator))).Append("\r\n");

        Line(table.Columns.Select(c => c.Name));
        foreach (var row in table.Rows)
        {
            Line(row.Select((value, i) => Field(value, table.Columns[i], dialect, culture)));
        }

        var body = Encoding.UTF8.GetBytes(text.ToString());
        return dialect == CsvDialect.It ? [.. Encoding.UTF8.GetPreamble(), .. body] : body;
    }

    /// <summary>A number as the dialect writes it: fixed decimals when the column says so, otherwise as many as it has.</summary>
    public static string Number(decimal value, int? decimals, CultureInfo culture) =>
        decimals is { } d ? value.ToString("F" + d.ToString(CultureInfo.InvariantCulture), culture) : value.ToString("0.############################", culture);

    private static string Field(object? value, ExportColumn column, CsvDialect dialect, CultureInfo culture) => value switch
    {
        null => "",
        string s => dialect == CsvDialect.It && s.Length > 0 && s[0] is '=' or '+' or '-' or '@' ? "'" + s : s,
        DateOnly date => dialect == CsvDialect.It ? date.ToString("dd/MM/yyyy", culture) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int i when column.ShownDecimals is null => i.ToString(CultureInfo.InvariantCulture),
        _ => Number(ExportTable.Number(value)!.Value, column.ShownDecimals, culture),
    };

    private static string Quote(string field, char separator) =>
        field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
