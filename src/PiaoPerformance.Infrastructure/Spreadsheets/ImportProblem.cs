namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>One problem of an imported workbook: the sheet and cell ("F12"; empty for the whole file or sheet) and an Italian message.</summary>
public sealed record ImportProblem(string Sheet, string Cell, string Message)
{
    /// <summary>"Obiettivi!F12", or the sheet, or nothing for the file.</summary>
    public string Where => Cell.Length > 0 ? $"{Sheet}!{Cell}" : Sheet;

    public static ImportProblem OfFile(string message) => new("", "", message);
}

/// <summary>Thrown when the file itself is refused (not an xlsx, encrypted, macro-enabled, too big, a zip bomb).</summary>
public sealed class WorkbookRefusedException(string message) : Exception(message);
