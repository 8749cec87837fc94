using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PiaoPerformance.Infrastructure.Tests.Support;

/// <summary>Reads and edits .xlsx bytes in tests, with the same OpenXML SDK a user's Excel file would meet.</summary>
public static class Workbooks
{
    /// <summary>Every non-empty cell as "Foglio!A1" → "value (style n)"; shared strings resolved.</summary>
    public static SortedDictionary<string, string> Cells(byte[] xlsx)
    {
        var cells = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx, false), false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var value = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                    : cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : cell.CellValue?.Text;
                if (!string.IsNullOrEmpty(value))
                {
                    cells[$"{sheet.Name}!{cell.CellReference}"] = $"{value} (stile {cell.StyleIndex?.Value ?? 0})";
                }
            }
        }

        return cells;
    }

    /// <summary>The text or number in one cell ("Obiettivi", "R2"); null when empty.</summary>
    public static string? Value(byte[] xlsx, string sheet, string address) =>
        Cells(xlsx).TryGetValue($"{sheet}!{address}", out var v) ? v[..v.LastIndexOf(" (stile", StringComparison.Ordinal)] : null;

    /// <summary>Sets one cell to text, a number or a formula (with no cached value), creating it if needed.</summary>
    public static byte[] SetCell(byte[] xlsx, string sheetName, string address, string? text = null, decimal? number = null, string? formula = null)
    {
        return Edit(xlsx, sheetName, (part, data) =>
        {
            var rowIndex = uint.Parse(new string(address.Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture);
            var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == rowIndex);
            if (row is null)
            {
                row = new Row { RowIndex = rowIndex };
                data.Append(row);
            }

            var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == address);
            if (cell is null)
            {
                cell = new Cell { CellReference = address };
                var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(Pad(c.CellReference!.Value!), Pad(address)) < 0);
                if (after is null)
                {
                    row.PrependChild(cell);
                }
                else
                {
                    after.InsertAfterSelf(cell);
                }
            }

            cell.RemoveAllChildren();
            cell.DataType = null;
            if (formula is not null)
            {
                cell.CellFormula = new CellFormula(formula);
            }
            else if (number is not null)
            {
                cell.CellValue = new CellValue(number.Value.ToString(CultureInfo.InvariantCulture));
            }
            else if (text is not null)
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(text));
            }
        });
    }

    /// <summary>Appends <paramref name="count"/> rows that hold only a styled, empty cell (what a long-formatted sheet has).</summary>
    public static byte[] AppendEmptyRows(byte[] xlsx, string sheetName, int count) => Edit(xlsx, sheetName, (_, data) =>
    {
        var last = data.Elements<Row>().Max(r => r.RowIndex!.Value);
        for (uint i = 1; i <= count; i++)
        {
            data.Append(new Row(new Cell { CellReference = $"A{last + i}", StyleIndex = 1 }) { RowIndex = last + i });
        }
    });

    private static string Pad(string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsLetter).ToArray());
        return letters.PadLeft(3, ' ');
    }

    private static byte[] Edit(byte[] xlsx, string sheetName, Action<WorksheetPart, SheetData> change)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            change(part, part.Worksheet.GetFirstChild<SheetData>()!);
            part.Worksheet.Save();
        }

        return buffer.ToArray();
    }
}
