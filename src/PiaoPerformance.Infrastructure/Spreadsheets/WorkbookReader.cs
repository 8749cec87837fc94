using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Format = PiaoPerformance.Domain.Common.Format;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>One non-empty data row of a template sheet: its row number and its values typed by column.</summary>
public sealed record WorkbookRow(int RowNumber, object?[] Values)
{
    public string Cell(int column) => CellAddress.Of(column + 1, RowNumber);
}

/// <summary>
/// Reads the template's data sheets row by row (<see cref="OpenXmlReader"/>: one row in memory at a time, whatever
/// the sheet's size), skipping empty rows, so 100.000 blank rows cost a scan and nothing else. Every cell is typed by
/// its column; a formula, a wrong type or a wrong header becomes an <see cref="ImportProblem"/> with its address and
/// reading goes on, so the whole workbook is judged at once.
/// </summary>
public static class WorkbookReader
{
    /// <summary>More data rows than this in one sheet are refused (a plan has hundreds of cards, not tens of thousands).</summary>
    public const int MaxRowsPerSheet = 20_000;

    /// <summary>
    /// The typed rows of every data sheet and the problems found reading them. <c>LayoutOk</c> is false when a sheet
    /// or header is missing or moved: then the columns cannot be trusted and the rows are not worth checking further.
    /// </summary>
    public static (IReadOnlyDictionary<string, IReadOnlyList<WorkbookRow>> Sheets, IReadOnlyList<ImportProblem> Problems, bool LayoutOk) Read(byte[] content)
    {
        var layoutOk = true;
        var problems = new List<ImportProblem>();
        var sheets = new Dictionary<string, IReadOnlyList<WorkbookRow>>();
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
            var workbookPart = document.WorkbookPart ?? throw new WorkbookRefusedException("Il file non contiene una cartella di lavoro.");
            var strings = SharedStrings(workbookPart);
            var byName = workbookPart.Workbook.Sheets?.Elements<Sheet>().ToDictionary(s => s.Name?.Value ?? "", s => s, StringComparer.OrdinalIgnoreCase) ?? [];
            foreach (var (name, columns) in PlanWorkbookTemplate.DataSheets)
            {
                if (!byName.TryGetValue(name, out var sheet) || sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    if (name == PlanWorkbookTemplate.Objectives)
                    {
                        layoutOk = false;
                        problems.Add(new ImportProblem(name, "", $"Manca il foglio «{name}»: usare il modello scaricato dal piano (pulsante «Scarica Excel»)."));
                    }

                    sheets[name] = [];
                    continue;
                }

                sheets[name] = ReadSheet(name, columns, part, strings, problems, out var headerOk);
                layoutOk &= headerOk;
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw new WorkbookRefusedException("Il file è danneggiato o non è una cartella di lavoro .xlsx valida.");
        }

        return (sheets, problems, layoutOk);
    }

    private static List<WorkbookRow> ReadSheet(string sheet, IReadOnlyList<WorkbookColumn> columns, WorksheetPart part, IReadOnlyList<string> strings, List<ImportProblem> problems, out bool headerOk)
    {
        headerOk = true;
        var rows = new List<WorkbookRow>();
        var headerSeen = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
            var cells = new Dictionary<int, Cell>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                position++;
                var column = cell.CellReference?.Value is { } reference ? CellAddress.ColumnOf(reference) : position;
                position = column;
                if (column >= 1 && column <= columns.Count && (cell.CellValue is not null || cell.InlineString is not null || cell.CellFormula is not null))
                {
                    cells[column - 1] = cell;
                }
            }

            if (cells.Count == 0)
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                headerOk = CheckHeader(sheet, columns, number, cells, strings, problems);
                continue;
            }

            var values = new object?[columns.Count];
            var any = false;
            foreach (var (index, cell) in cells)
            {
                var address = CellAddress.Of(index + 1, number);
                if (cell.CellFormula is not null)
                {
                    problems.Add(new ImportProblem(sheet, address, $"La cella contiene una formula (={cell.CellFormula.Text}): scrivere il valore, non la formula."));
                    any = true;
                    continue;
                }

                var raw = RawText(cell, strings);
                if (string.IsNullOrWhiteSpace(raw))
                {
                    continue;
                }

                any = true;
                values[index] = Typed(sheet, columns[index], address, raw, IsNumeric(cell), problems);
            }

            if (!any)
            {
                continue;
            }

            if (rows.Count == MaxRowsPerSheet)
            {
                problems.Add(new ImportProblem(sheet, CellAddress.Of(1, number),
                    $"Il foglio ha più di {MaxRowsPerSheet.ToString("N0", Format.Italian)} righe di dati: dividerlo in più file."));
                break;
            }

            rows.Add(new WorkbookRow(number, values));
        }

        if (!headerSeen)
        {
            headerOk = false;
            problems.Add(new ImportProblem(sheet, "A1", "Manca la riga di intestazione del foglio."));
        }

        return rows;
    }

    private static bool CheckHeader(string sheet, IReadOnlyList<WorkbookColumn> columns, int rowNumber, Dictionary<int, Cell> cells, IReadOnlyList<string> strings, List<ImportProblem> problems)
    {
        var ok = true;
        for (var c = 0; c < columns.Count; c++)
        {
            var text = cells.TryGetValue(c, out var cell) ? RawText(cell, strings)?.Trim() : null;
            if (!string.Equals(text, columns[c].Header, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new ImportProblem(sheet, CellAddress.Of(c + 1, rowNumber),
                    $"Intestazione attesa «{columns[c].Header}», trovata «{text}»: non spostare né rinominare le colonne del modello."));
                ok = false;
            }
        }

        return ok;
    }

    private static object? Typed(string sheet, WorkbookColumn column, string address, string raw, bool numeric, List<ImportProblem> problems)
    {
        var text = raw.Trim();
        switch (column.Kind)
        {
            case ColumnKind.Integer:
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var whole) && whole == decimal.Truncate(whole) && whole is >= int.MinValue and <= int.MaxValue)
                {
                    return (int)whole;
                }

                problems.Add(new ImportProblem(sheet, address, $"«{column.Header}»: atteso un numero intero, trovato «{text}»."));
                return null;
            case ColumnKind.Number:
                if (numeric && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                {
                    return WorkbookValues.Normalise(n);
                }

                if (decimal.TryParse(text.TrimEnd('%').Trim(), NumberStyles.Number, Format.Italian, out var typed))
                {
                    return WorkbookValues.Normalise(typed);
                }

                problems.Add(new ImportProblem(sheet, address, $"«{column.Header}»: atteso un numero (es. 15,5), trovato «{text}»."));
                return null;
            case ColumnKind.Date:
                if (numeric && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
                {
                    return DateOnly.FromDateTime(DateTime.FromOADate(serial));
                }

                if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                problems.Add(new ImportProblem(sheet, address, $"«{column.Header}»: attesa una data gg/mm/aaaa, trovato «{text}»."));
                return null;
            case ColumnKind.List:
                var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                return parts.Length == 0 ? null : string.Join("; ", parts);
            default:
                return text;
        }
    }

    private static bool IsNumeric(Cell cell) => cell.DataType is null || cell.DataType.Value == CellValues.Number;

    private static string? RawText(Cell cell, IReadOnlyList<string> strings)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var value = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : null;
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return value == "1" ? WorkbookLists.Yes : WorkbookLists.No;
        }

        return value;
    }

    private static List<string> SharedStrings(WorkbookPart workbookPart)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                // Phonetic runs (rPh) are reading aids, not the cell's text.
                strings.Add(string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text)));
            }
        }

        return strings;
    }
}
