using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;

namespace PiaoPerformance.Web.Components.Print;

/// <summary>
/// One or more evaluation sheets to print (issue 8): the ente for the header, the sheets in order (each starts on a
/// new page) and whether the whole file is a single draft (then "BOZZA" is the diagonal watermark on every page; in a
/// batch each draft sheet says "BOZZA" in its own header instead).
/// </summary>
public sealed record SheetDocumentModel(string Ente, IReadOnlyList<SheetView> Sheets, bool ForPrint)
{
    public bool IsSingleDraft => Sheets.Count == 1 && IsDraft(Sheets[0]);

    public static bool IsDraft(SheetView sheet) => sheet.State == SheetState.Bozza;

    /// <summary>Seed 003's sheet titles (S3:798, 881, 956, 1049).</summary>
    public static string Heading(EvaluatedRole role) => role switch
    {
        EvaluatedRole.Segretario => "SCHEDA DI VALUTAZIONE DEL SEGRETARIO GENERALE",
        EvaluatedRole.Dirigente => "SCHEDA DI VALUTAZIONE DEL DIRIGENTE",
        EvaluatedRole.Eq => "SCHEDA DI VALUTAZIONE DEI TITOLARI DI INCARICO E.Q.",
        _ => "SCHEDA DI VALUTAZIONE DEI DIPENDENTI (FUNZIONARI, ISTRUTTORI, OPERATORI ESPERTI, OPERATORI)",
    };

    /// <summary>The date the evaluated person acknowledged, or when it was notified; blank (to fill by hand) before.</summary>
    public static DateOnly? SheetDate(SheetView sheet) => sheet.Conciliation.SignedOn ?? sheet.Conciliation.NotifiedOn;
}
