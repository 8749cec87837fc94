using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;

namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>
/// The evaluation sheets one reader may see (<see cref="EvaluationSheetService.ListReadableAsync"/>) as a table: one
/// row per sheet with the figures that reader's sheet page shows (empty where the sheet cannot be scored yet, with why).
/// </summary>
public static class SheetsTable
{
    public static readonly ExportColumn[] Columns =
    [
        new("anno", CellKind.Number),
        new("persona", CellKind.Text),
        new("ruolo", CellKind.Text),
        new("unita", CellKind.Text),
        new("stato", CellKind.Text),
        new("performance_ente_a", CellKind.Number),
        new("obiettivi_b", CellKind.Number),
        new("comportamenti_c", CellKind.Number),
        new("punteggio_d", CellKind.Number),
        new("riduzione_sanzioni_pct", CellKind.Percent),
        new("punteggio_finale", CellKind.Number),
        new("fascia", CellKind.Text),
        new("percentuale_premio", CellKind.Percent),
        new("premio", CellKind.Money),
        new("note", CellKind.Text),
    ];

    public static ExportTable From(ReadableSheets sheets) => new($"Schede {sheets.Year}", Columns, sheets.Sheets.Select(s =>
    {
        var f = s.Figures;
        var note = f is null ? s.Incomplete : f.Evaluable ? null : f.NotEvaluableReason;
        return new object?[]
        {
            s.Year, s.PersonName, Role(s.Role), s.OrgUnitName, State(s.State), f?.A, f?.B, f?.C, f?.D, f?.SanctionCutPct, f?.DAfterSanctions,
            f?.BandLabel, f?.BandPayPct, f?.Pay, note,
        };
    }));

    public static string Role(EvaluatedRole role) => role switch
    {
        EvaluatedRole.Segretario => "Segretario",
        EvaluatedRole.Dirigente => "Dirigente",
        EvaluatedRole.Eq => "Incaricato di EQ",
        _ => "Dipendente",
    };

    public static string State(SheetState state) => state == SheetState.Osservazioni ? "Osservazioni ricevute" : state.ToString();
}
