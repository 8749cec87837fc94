using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>One row of the Obiettivi sheet with its lookups resolved, its rows in the other sheets, and the card it becomes.</summary>
internal sealed class ImportRow(WorkbookRow row, string reference)
{
    public WorkbookRow Row { get; } = row;

    public string Ref { get; } = reference;

    public ObjectiveLevel Level { get; set; }

    public ObjectiveKind Kind { get; set; }

    public OrgUnit? Unit { get; set; }

    public Person? Responsible { get; set; }

    public int Number { get; set; }

    public ImportRow? Parent { get; set; }

    /// <summary>Rows of the other sheets naming this Rif., by sheet, in file order.</summary>
    public Dictionary<string, List<WorkbookRow>> Children { get; } = [];

    public Objective? Objective { get; set; }

    public ImportAction Action { get; set; }

    public object? this[int column] => Row.Values[column];

    public string? Text(int column) => Row.Values[column] as string;

    public string Cell(int column) => Row.Cell(column);

    public IReadOnlyList<WorkbookRow> ChildrenOf(string sheet) => Children.TryGetValue(sheet, out var rows) ? rows : [];

    public IEnumerable<(string Sheet, object?[] Row)> AllRows() =>
        new[] { (PlanWorkbookTemplate.Objectives, Row.Values) }
            .Concat(PlanWorkbookTemplate.DataSheets.Skip(1).SelectMany(s => ChildrenOf(s.Sheet).Select(r => (s.Sheet, r.Values))));
}
