using PiaoPerformance.Infrastructure.OpenData;

namespace PiaoPerformance.Infrastructure.Tests.OpenData;

/// <summary>A table with every kind of column and the awkward values a writer must survive: separators, quotes, line ends, accents, negatives, empties.</summary>
internal static class SampleTable
{
    public static readonly ExportColumn[] Columns =
    [
        new("anno", CellKind.Number),
        new("descrizione", CellKind.Text),
        new("valore", CellKind.Number),
        new("importo", CellKind.Money),
        new("percentuale", CellKind.Percent, 2),
        new("data", CellKind.Date),
    ];

    public static ExportTable Build() => new("Prova dati", Columns,
    [
        [2024, "Semplice", 1234.5m, 1234.5m, 87.5m, new DateOnly(2024, 1, 30)],
        [2024, "Con ; punto e virgola, virgola e \"virgolette\"", -0.25m, 0m, 100m, new DateOnly(2024, 12, 31)],
        [2025, "Due\r\nrighe e città", 1000000m, 98765.43m, null, null],
        [2026, "=SOMMA(A1:A2)", null, null, 0.01m, new DateOnly(2026, 2, 28)],
        [2026, null, 3m, 12.346m, 33.333m, null],
    ]);
}
