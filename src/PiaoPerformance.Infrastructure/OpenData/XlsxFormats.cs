using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>
/// The workbook's styles: style 0 plain, 1 the bold header, then one per number format the columns need. Built-in
/// formats where Excel has them (0 General, 1 "0", 2 "0.00", 4 "#,##0.00"), custom ones from id 164.
/// </summary>
internal sealed class XlsxFormats
{
    private static readonly Dictionary<string, uint> BuiltIn = new(StringComparer.Ordinal) { ["General"] = 0, ["0"] = 1, ["0.00"] = 2, ["#,##0.00"] = 4 };

    private readonly List<string> _codes = [];
    private readonly uint[] _styles;

    public XlsxFormats(IReadOnlyList<ExportColumn> columns)
    {
        _styles = new uint[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var code = Code(columns[i]);
            var at = _codes.IndexOf(code);
            if (at < 0)
            {
                _codes.Add(code);
                at = _codes.Count - 1;
            }

            _styles[i] = (uint)at + 2;
        }
    }

    /// <summary>The number format of a column, as Excel spells it.</summary>
    public static string Code(ExportColumn column) => column.Kind switch
    {
        CellKind.Text => "@",
        CellKind.Date => "dd/mm/yyyy",
        CellKind.Money => "#,##0." + new string('0', column.ShownDecimals ?? 2),
        _ => column.ShownDecimals is { } d ? (d == 0 ? "0" : "0." + new string('0', d)) : "General",
    };

    public uint StyleOf(int column) => _styles[column];

    public Stylesheet Stylesheet()
    {
        var ids = new List<uint>();
        var custom = new NumberingFormats();
        var next = 164u;
        foreach (var code in _codes)
        {
            if (code == "@")
            {
                ids.Add(49);
            }
            else if (BuiltIn.TryGetValue(code, out var builtIn))
            {
                ids.Add(builtIn);
            }
            else
            {
                custom.Append(new NumberingFormat { NumberFormatId = next, FormatCode = code });
                custom.Count = (uint)custom.ChildElements.Count;
                ids.Add(next++);
            }
        }

        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true });
        foreach (var id in ids)
        {
            formats.Append(new CellFormat { NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true });
        }

        formats.Count = (uint)formats.ChildElements.Count;
        var stylesheet = new Stylesheet();
        if (custom.ChildElements.Count > 0)
        {
            stylesheet.Append(custom);
        }

        stylesheet.Append(
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }
}
