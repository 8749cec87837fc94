using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;

namespace PiaoPerformance.Web.Components.Pages.Money;

/// <summary>What the money pages say, in one place.</summary>
public static class MoneyTexts
{
    public const string FundTitle = "Fondo e premi";
    public const string PremiTitle = "Dati relativi ai premi";
    public const string DifferentiationTitle = "Verifica della differenziazione";
    public const string WhatIfTitle = "Simulazione sulla scheda";
    public const string FundDenied = "I dati del fondo sono consultati dal Segretario, dal NIV e dall'Amministratore.";
    public const string PremiDenied = "I dati relativi ai premi sono consultati dal Segretario, dal NIV, dall'Amministratore, dal Sindaco e dalla Giunta.";
    public const string DifferentiationDenied = "La verifica della differenziazione è consultata dal Segretario e dal NIV.";
    public const string Saved = "Fondo salvato: la ripartizione è aggiornata.";
    public const string CsvIt = "Scarica CSV (Excel italiano)";
    public const string CsvRfc = "Scarica CSV (RFC 4180)";
    public const string PremiPdf = "Scarica il riepilogo (PDF)";
    public const string PlanNotFound = "Piano non trovato";
    public const string SheetNotFound = "Scheda non trovata";
    public const string NotComputable = "La scheda non è ancora calcolabile: ";
    public const string NoSheets = "Nessuna scheda di valutazione per l'anno scelto.";
    public const string WhatIfNote = "Le modifiche di questa pagina non vengono salvate: servono solo a vedere l'effetto sul punteggio, sulla fascia e sul premio.";

    /// <summary>The role category as the publication (and its CSV) names it.</summary>
    public static string Role(EvaluatedRole role) => Infrastructure.Rewards.PremiCsv.RoleLabel(role);

    public static string Area(ClassificationArea area) => ClassificationCoefficients.Label(area);
}
