namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>A1-style cell addresses, as problems name them ("Obiettivi!F12").</summary>
public static class CellAddress
{
    /// <summary>1 → "A", 27 → "AA".</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        while (column > 0)
        {
            var rest = (column - 1) % 26;
            name = (char)('A' + rest) + name;
            column = (column - 1) / 26;
        }

        return name;
    }

    public static string Of(int column, int row) => $"{ColumnName(column)}{row}";

    /// <summary>The 1-based column of a reference such as "AB12"; 0 when it has no letters.</summary>
    public static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (ch - 'A' + 1);
            }
            else if (ch is >= 'a' and <= 'z')
            {
                column = (column * 26) + (ch - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return column;
    }
}
