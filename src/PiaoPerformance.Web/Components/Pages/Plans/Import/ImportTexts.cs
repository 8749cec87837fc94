using PiaoPerformance.Infrastructure.Spreadsheets;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Plans.Import;

/// <summary>What the import page says, in one place.</summary>
internal static class ImportTexts
{
    public const string Title = "Importa obiettivi da Excel";
    public const string Intro = "Carica il modello Excel del piano (scaricato qui sotto e compilato): prima viene controllato tutto il file e mostrata un'anteprima; nulla è salvato finché non confermi, e nulla se il file contiene anche un solo errore.";
    public const string Template = "Scarica il modello Excel del piano";
    public const string Choose = "File Excel (.xlsx)";
    public const string Uploading = "Caricamento del file:";
    public const string Problems = "Problemi trovati";
    public const string ProblemsIntro = "Correggi il file e caricalo di nuovo: nulla è stato salvato.";
    public const string Preview = "Anteprima dell'importazione";
    public const string Confirm = "Conferma importazione";
    public const string Confirming = "Importazione in corso…";
    public const string BackToPlan = "Torna al piano";

    public static string SizeLimit(long bytes) => $"Dimensione massima: {Fmt.Number(Math.Round(bytes / 1024m / 1024m, 1))} MB.";

    public static string Counts(ImportResult r) => $"{r.Created} da creare, {r.Updated} da aggiornare, {r.Unchanged} invariati.";

    public static string Done(ImportResult r) => $"Importazione completata: {r.Created} obiettivi creati, {r.Updated} aggiornati, {r.Unchanged} invariati.";

    public static string Action(ImportAction action) => action switch
    {
        ImportAction.Create => "Nuovo",
        ImportAction.Update => "Aggiornato",
        _ => "Invariato",
    };

    public static string Where(ImportProblem p) => p.Cell.Length > 0 ? p.Cell : "—";
}
