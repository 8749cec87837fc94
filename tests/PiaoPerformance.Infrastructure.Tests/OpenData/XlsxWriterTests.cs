using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using PiaoPerformance.Infrastructure.OpenData;

namespace PiaoPerformance.Infrastructure.Tests.OpenData;

/// <summary>The .xlsx read back by another library (ExcelDataReader) equals the table; numbers are numbers with formats, the header frozen.</summary>
public sealed class XlsxWriterTests
{
    static XlsxWriterTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void ReadBackWithExcelDataReaderTheWorkbookEqualsTheTable()
    {
        var table = SampleTable.Build();

        var sheet = Read(XlsxWriter.Write(table));

        sheet.Name.ShouldBe("Prova dati");
        sheet.Rows.Count.ShouldBe(table.Rows.Count + 1);
        sheet.Rows.ShouldAllBe(r => r.Length == table.Columns.Count);
        Enumerable.Range(0, table.Columns.Count).Select(c => sheet.Rows[0][c]).ShouldBe(table.Columns.Select(c => (object)c.Name));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = sheet.Rows[r + 1][c];
                object expected = table.Rows[r][c] switch
                {
                    null => null!,
                    string s => s.ReplaceLineEndings("\n"),
                    DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                    var n => (double)ExportTable.Number(n)!.Value,
                };
                cell.ShouldBe(expected, $"row {r + 2}, column {table.Columns[c].Name}");
            }
        }
    }

    [Fact]
    public void NumbersAreStoredAsNumbersWithTheirFormatAndTheHeaderIsFrozen()
    {
        using var stream = new MemoryStream(XlsxWriter.Write(SampleTable.Build()));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var cells = worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        string FormatOf(string reference)
        {
            var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cells[reference].StyleIndex!.Value);
            var id = format.NumberFormatId!.Value;
            return stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId!.Value == id)?.FormatCode!.Value
                ?? id switch { 0 => "General", 1 => "0", 2 => "0.00", 4 => "#,##0.00", 49 => "@", _ => $"builtin {id}" };
        }

        cells["C2"].DataType.ShouldBeNull("a number cell has no string type");
        cells["C2"].CellValue!.Text.ShouldBe("1234.5");
        cells["D2"].CellValue!.Text.ShouldBe("1234.5");
        FormatOf("D2").ShouldBe("#,##0.00");
        FormatOf("E2").ShouldBe("0.00");
        FormatOf("F2").ShouldBe("dd/mm/yyyy");
        FormatOf("C2").ShouldBe("General");
        cells["B2"].DataType!.Value.ShouldBe(CellValues.InlineString);
        var pane = worksheet.Descendants<Pane>().Single();
        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.TopLeftCell!.Value.ShouldBe("A2");
        worksheet.Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe("A1:F6");
    }

    [Fact]
    public void AControlCharacterInATextDoesNotBreakTheWorkbook()
    {
        var table = new ExportTable("Testo", [new("testo", CellKind.Text)], [["a\u0001b\u0007c"]]);

        Read(XlsxWriter.Write(table)).Rows[1][0].ShouldBe("abc");
    }

    [Fact]
    public void ColumnLettersGoOnAfterZ()
    {
        XlsxWriter.Column(0).ShouldBe("A");
        XlsxWriter.Column(25).ShouldBe("Z");
        XlsxWriter.Column(26).ShouldBe("AA");
        XlsxWriter.Column(701).ShouldBe("ZZ");
        XlsxWriter.Column(702).ShouldBe("AAA");
    }

    /// <summary>The first sheet's name and rows as ExcelDataReader reads them (null for an empty cell).</summary>
    internal static (string Name, List<object?[]> Rows) Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        }

        return (reader.Name, rows);
    }
}
