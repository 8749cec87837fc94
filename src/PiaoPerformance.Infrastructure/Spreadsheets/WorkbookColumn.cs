namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>What a template column holds: how it is written, read and described in the Leggimi sheet.</summary>
public enum ColumnKind
{
    Text,
    Integer,
    Number,
    Date,
    /// <summary>One value from a list of the Elenchi sheet (a dropdown in the workbook).</summary>
    Choice,
    /// <summary>Several codes or names separated by ";".</summary>
    List,
}

/// <summary>One column of a template sheet: its header, whether it is required, its kind and, for a choice, its list.</summary>
public sealed record WorkbookColumn(string Header, ColumnKind Kind, bool Required, string Meaning, string? ListName = null);
