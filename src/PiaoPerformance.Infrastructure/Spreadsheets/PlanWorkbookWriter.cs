using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Writes the plan template as .xlsx: a frozen bold header on every sheet, numbers stored as numbers with an
/// Italian-looking format ("#,##0.0#": Excel in it-IT shows 15,5), dates as dates (gg/mm/aaaa), dropdowns
/// (<c>DataValidation</c>) that list the Elenchi sheet, and the Leggimi sheet describing every column.
/// </summary>
public static class PlanWorkbookWriter
{
    // Style indexes of the CellFormats below.
    private const uint Header = 1;
    private const uint NumberStyle = 2;
    private const uint DateStyle = 3;
    private const uint IntegerStyle = 4;
    private const uint Wrapped = 5;

    /// <summary>Rows below the data that still get the dropdowns, so rows typed in later have them too.</summary>
    private const int SpareRows = 500;

    public static byte[] Write(PlanWorkbookContent content)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            AddStyles(workbookPart);
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var listRanges = ListRanges(content.Lists);
            uint sheetId = 1;
            AddSheet(workbookPart, sheets, sheetId++, PlanWorkbookTemplate.ReadMe, ReadMe(content));
            foreach (var (name, columns) in PlanWorkbookTemplate.DataSheets)
            {
                var rows = content.Sheets.TryGetValue(name, out var found) ? found : [];
                AddSheet(workbookPart, sheets, sheetId++, name, DataSheet(columns, rows, listRanges));
            }

            AddSheet(workbookPart, sheets, sheetId, PlanWorkbookTemplate.Lists, ListsSheet(content.Lists));
            workbookPart.Workbook.Save();
        }

        return buffer.ToArray();
    }

    private static Dictionary<string, string> ListRanges(IReadOnlyList<WorkbookList> lists)
    {
        var ranges = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Count; i++)
        {
            var column = CellAddress.ColumnName(i + 1);
            ranges[lists[i].Name] = $"{PlanWorkbookTemplate.Lists}!${column}$2:${column}${Math.Max(2, lists[i].Values.Count + 1)}";
        }

        return ranges;
    }

    private static Worksheet DataSheet(IReadOnlyList<WorkbookColumn> columns, IReadOnlyList<object?[]> rows, Dictionary<string, string> listRanges)
    {
        var data = new SheetData();
        data.Append(HeaderRow(columns.Select(c => c.Header)));
        var rowNumber = 2;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = (uint)rowNumber };
            for (var c = 0; c < columns.Count && c < values.Length; c++)
            {
                if (CellOf(values[c], columns[c].Kind, c + 1, rowNumber) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
            rowNumber++;
        }

        var worksheet = new Worksheet(FrozenHeader(), Widths(columns.Select(c => c.Kind is ColumnKind.Text ? 40d : 16d).ToList()), data);
        var validations = new DataValidations();
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].ListName is { } list && listRanges.TryGetValue(list, out var range))
            {
                var letter = CellAddress.ColumnName(c + 1);
                validations.Append(new DataValidation
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorTitle = "Valore non in elenco",
                    Error = $"Scegliere un valore dell'elenco «{list}» (foglio {PlanWorkbookTemplate.Lists}).",
                    SequenceOfReferences = new ListValue<StringValue>([new StringValue($"{letter}2:{letter}{rowNumber + SpareRows}")]),
                    Formula1 = new Formula1(range),
                });
            }
        }

        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        return worksheet;
    }

    private static Worksheet ListsSheet(IReadOnlyList<WorkbookList> lists)
    {
        var data = new SheetData();
        data.Append(HeaderRow(lists.Select(l => l.Name)));
        var height = lists.Count == 0 ? 0 : lists.Max(l => l.Values.Count);
        for (var r = 0; r < height; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 2) };
            for (var c = 0; c < lists.Count; c++)
            {
                if (r < lists[c].Values.Count)
                {
                    row.Append(TextCell(lists[c].Values[r], c + 1, r + 2));
                }
            }

            data.Append(row);
        }

        return new Worksheet(FrozenHeader(), Widths(lists.Select(_ => 24d).ToList()), data);
    }

    private static Worksheet ReadMe(PlanWorkbookContent content)
    {
        var data = new SheetData();
        var rowNumber = 1;
        void Line(params string[] texts)
        {
            var row = new Row { RowIndex = (uint)rowNumber };
            for (var c = 0; c < texts.Length; c++)
            {
                var cell = TextCell(texts[c], c + 1, rowNumber);
                cell.StyleIndex = rowNumber == 1 ? Header : Wrapped;
                row.Append(cell);
            }

            data.Append(row);
            rowNumber++;
        }

        Line("Foglio", "Colonna", "Obbligatoria", "Significato");
        foreach (var text in ReadMeTexts.Introduction(content.PlanTitle))
        {
            Line("", "", "", text);
        }

        foreach (var (sheet, columns) in PlanWorkbookTemplate.DataSheets)
        {
            foreach (var column in columns)
            {
                Line(sheet, column.Header, column.Required ? WorkbookLists.Yes : WorkbookLists.No, column.Meaning);
            }
        }

        return new Worksheet(FrozenHeader(), Widths([16, 26, 14, 110]), data);
    }

    private static Row HeaderRow(IEnumerable<string> headers)
    {
        var row = new Row { RowIndex = 1 };
        var c = 1;
        foreach (var header in headers)
        {
            var cell = TextCell(header, c++, 1);
            cell.StyleIndex = Header;
            row.Append(cell);
        }

        return row;
    }

    private static Cell? CellOf(object? value, ColumnKind kind, int column, int row)
    {
        var reference = CellAddress.Of(column, row);
        return value switch
        {
            null => null,
            string s when s.Length == 0 => null,
            string s => TextCell(s, column, row),
            int i => new Cell { CellReference = reference, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)), StyleIndex = IntegerStyle },
            decimal d => new Cell { CellReference = reference, CellValue = new CellValue(WorkbookValues.Normalise(d).ToString(CultureInfo.InvariantCulture)), StyleIndex = NumberStyle },
            DateOnly date => new Cell
            {
                CellReference = reference,
                CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
                StyleIndex = DateStyle,
            },
            _ => throw new InvalidOperationException($"Unexpected {value.GetType().Name} in a {kind} column."),
        };
    }

    private static Cell TextCell(string text, int column, int row) => new()
    {
        CellReference = CellAddress.Of(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(WorkbookValues.XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
    { WorkbookViewId = 0 });

    private static Columns Widths(IReadOnlyList<double> widths)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Count; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        return columns;
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        part.Worksheet.Save();
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.0#" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy" })
            { Count = 2 },
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
            { Count = 6 });
        styles.Stylesheet.Save();
    }
}
