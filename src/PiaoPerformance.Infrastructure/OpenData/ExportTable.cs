namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>What a column holds, which decides how each writer stores and shows it.</summary>
public enum CellKind
{
    Text,
    Number,
    Money,
    /// <summary>A percentage in points (87,5 means 87,5 %), stored as the number itself, never divided by 100.</summary>
    Percent,
    Date,
}

/// <summary>
/// A column: its header (snake_case, the same in every format and dialect, so that a machine can rely on it), its
/// kind and, for numbers, how many decimals to show (null: as many as the value has; money defaults to 2).
/// </summary>
public sealed record ExportColumn(string Name, CellKind Kind, int? Decimals = null)
{
    public int? ShownDecimals => Decimals ?? (Kind == CellKind.Money ? 2 : null);
}

/// <summary>
/// One table to export, the same for CSV, xlsx and ODS: columns and rows of values. A value is null (empty cell), a
/// <see cref="string"/>, an <see cref="int"/> or <see cref="decimal"/> (number, money and percent columns), or a
/// <see cref="DateOnly"/> (date columns). The figures come from the services the pages use; a table never computes.
/// </summary>
public sealed class ExportTable
{
    public ExportTable(string title, IReadOnlyList<ExportColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        Title = title;
        Columns = columns;
        Rows = rows.ToList();
        foreach (var (row, index) in Rows.Select((r, i) => (r, i)))
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"Row {index} has {row.Count} values for {columns.Count} columns.", nameof(rows));
            }

            for (var c = 0; c < row.Count; c++)
            {
                if (row[c] is { } value && !Fits(columns[c].Kind, value))
                {
                    throw new ArgumentException($"Row {index}, column {columns[c].Name}: a {value.GetType().Name} in a {columns[c].Kind} column.", nameof(rows));
                }
            }
        }
    }

    /// <summary>The sheet's name in xlsx and ODS (the title of the data, in Italian).</summary>
    public string Title { get; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>A number value as decimal; null for an empty cell.</summary>
    public static decimal? Number(object? value) => value switch
    {
        null => null,
        int i => i,
        decimal d => d,
        _ => throw new ArgumentException($"Not a number: {value}", nameof(value)),
    };

    private static bool Fits(CellKind kind, object value) => kind switch
    {
        CellKind.Text => value is string,
        CellKind.Date => value is DateOnly,
        _ => value is int or decimal,
    };
}
