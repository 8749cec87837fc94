namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// A plan as the template's sheets hold it: per data sheet its rows, each value typed by its column
/// (<see cref="ColumnKind"/>: string, int, decimal, DateOnly or null), and the Elenchi lists. Written by
/// <see cref="PlanWorkbookWriter"/>, produced from a plan by <see cref="PlanWorkbookRows"/>.
/// </summary>
public sealed record PlanWorkbookContent(
    string PlanTitle,
    IReadOnlyDictionary<string, IReadOnlyList<object?[]>> Sheets,
    IReadOnlyList<WorkbookList> Lists);

/// <summary>One column of the Elenchi sheet: a list the dropdowns refer to, or one shown for reference.</summary>
public sealed record WorkbookList(string Name, IReadOnlyList<string> Values);
