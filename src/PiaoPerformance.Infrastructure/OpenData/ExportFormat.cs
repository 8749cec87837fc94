namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>The two CSV dialects of exports: Italian spreadsheets (<c>;</c>, comma decimals, UTF-8 with BOM) and RFC 4180 (<c>,</c>, point decimals, no BOM).</summary>
public enum CsvDialect
{
    It,
    Rfc4180,
}

/// <summary>The formats a table is offered in (ADR-021).</summary>
public enum ExportFormat
{
    CsvIt,
    CsvRfc4180,
    Xlsx,
    Ods,
}

/// <summary>A file ready to send: its name, MIME type and bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>Writes a table in a format: the one entry point the routes use.</summary>
public static class TabularExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string OdsType = "application/vnd.oasis.opendocument.spreadsheet";

    /// <summary>The file of <paramref name="table"/> in <paramref name="format"/>, named <c>{baseName}-it.csv</c>, <c>{baseName}.xlsx</c> and so on.</summary>
    public static ExportFile Write(ExportTable table, ExportFormat format, string baseName) => format switch
    {
        ExportFormat.CsvIt => new($"{baseName}-it.csv", "text/csv; charset=utf-8", CsvWriter.Write(table, CsvDialect.It)),
        ExportFormat.CsvRfc4180 => new($"{baseName}-rfc4180.csv", "text/csv; charset=utf-8; header=present", CsvWriter.Write(table, CsvDialect.Rfc4180)),
        ExportFormat.Xlsx => new($"{baseName}.xlsx", XlsxType, XlsxWriter.Write(table)),
        ExportFormat.Ods => new($"{baseName}.ods", OdsType, OdsWriter.Write(table)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The CSV format of a dialect.</summary>
    public static ExportFormat Csv(CsvDialect dialect) => dialect == CsvDialect.It ? ExportFormat.CsvIt : ExportFormat.CsvRfc4180;

    /// <summary>
    /// Characters XML 1.0 cannot carry (control characters other than tab and line ends) are left out of xlsx and
    /// ODS cells: a text pasted with one would otherwise make the whole file unreadable.
    /// </summary>
    internal static string XmlSafe(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()) : text;
}
