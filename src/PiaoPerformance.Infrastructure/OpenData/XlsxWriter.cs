using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>
/// A table as an .xlsx workbook of one sheet (DocumentFormat.OpenXml): a bold header row frozen with an autofilter,
/// numbers stored as numbers with a number format (money <c>#,##0.00</c>, fixed decimals <c>0.00</c>), dates as
/// date serials shown dd/mm/yyyy, texts inline with their line ends as LF (what Excel writes for Alt+Enter). Excel and LibreOffice then show them in the reader's own locale.
/// </summary>
public static class XlsxWriter
{
    private const uint HeaderStyle = 1;

    public static byte[] Write(ExportTable table)
    {
        var formats = new XlsxFormats(table.Columns);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = formats.Stylesheet();

            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Columns.Select((c, i) => TextCell(Reference(i, 1), c.Name, HeaderStyle))));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var rowIndex = (uint)r + 2;
                data.Append(Row(rowIndex, table.Rows[r].Select((v, i) => Cell(Reference(i, rowIndex), v, table.Columns[i], formats.StyleOf(i)))));
            }

            var last = Reference(table.Columns.Count - 1, (uint)table.Rows.Count + 1);
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                }) { WorkbookViewId = 0, TabSelected = true }),
                new SheetFormatProperties { DefaultRowHeight = 15 },
                Widths(table),
                data,
                new AutoFilter { Reference = $"A1:{last}" });

            workbook.Workbook.Append(new Sheets(new Sheet { Name = SheetName(table.Title), SheetId = 1, Id = workbook.GetIdOfPart(sheetPart) }));
            workbook.Workbook.Append(new DefinedNames(new DefinedName($"'{SheetName(table.Title)}'!$A$1:${Column(table.Columns.Count - 1)}${table.Rows.Count + 1}")
            {
                Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
            }));
            document.PackageProperties.Title = table.Title;
            document.PackageProperties.Creator = "PiaoPerformance";
        }

        return stream.ToArray();
    }

    /// <summary>The column's letters: 0 → A, 26 → AA.</summary>
    public static string Column(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string Reference(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        row.Append(cells);
        return row;
    }

    private static Cell Cell(string reference, object? value, ExportColumn column, uint style) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = style },
        string s => TextCell(reference, s, style),
        DateOnly d => NumberCell(reference, d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture), style),
        _ => NumberCell(reference, ExportTable.Number(value)!.Value.ToString(CultureInfo.InvariantCulture), style),
    };

    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new Text(TabularExport.XmlSafe(text).ReplaceLineEndings("\n")) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
    };

    private static Cell NumberCell(string reference, string invariant, uint style) => new(new CellValue(invariant)) { CellReference = reference, StyleIndex = style };

    /// <summary>Widths from the longest header or value of each column (bounded), so that nothing opens as ####.</summary>
    private static Columns Widths(ExportTable table)
    {
        var columns = new Columns();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var longest = table.Rows.Select(r => r[i] switch { null => 0, string s => s.Length, DateOnly => 10, var v => Convert.ToString(v, CultureInfo.InvariantCulture)!.Length + 4 })
                .Append(table.Columns[i].Name.Length + 3).Max();
            var column = (uint)i + 1;
            columns.Append(new Column { Min = column, Max = column, Width = Math.Clamp(longest + 2, 8, 60), CustomWidth = true });
        }

        return columns;
    }

    /// <summary>Excel's sheet names: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    private static string SheetName(string title)
    {
        var name = new string(title.Select(c => "[]:*?/\\'".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray()).Trim();
        return name.Length > 31 ? name[..31] : name.Length == 0 ? "Dati" : name;
    }
}
