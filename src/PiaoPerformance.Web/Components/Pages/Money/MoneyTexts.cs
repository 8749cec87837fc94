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
    public const string PremiPdf = "Scarica il riepilogo (PDF)";
    public const string PlanNotFound = "Piano non trovato";
    public const string SheetNotFound = "Scheda non trovata";
    public const string NotComputable = "La scheda non è ancora calcolabile: ";
    public const string NoSheets = "Nessuna scheda di valutazione per l'anno scelto.";
    public const string SharesTitle = "Modello a quote: quote, raggiungimenti e importi";

    /// <summary>SPEC §4.16 and AMB-18 as the page explains them.</summary>
    public static string SharesIntro(decimal segretarioPct) =>
        "Questo ente legge i pesi degli obiettivi come quote dell'importo (modello a quote, impostazioni dell'Amministratore). " +
        "Per responsabili (EQ) e dirigenti l'importo è l'indennità di risultato massima × Σ(quota × raggiungimento), con quote che sommano a 100. " +
        $"Per il Segretario gli obiettivi del piano coprono il {Formatting.Fmt.Number(segretarioPct)} % dell'indennità di risultato; il resto è fuori dal piano e non è calcolato qui. " +
        "Per i dipendenti ogni quota è una parte della somma CCDI destinata alla performance organizzativa; un obiettivo comune a più persone è diviso " +
        "in parti uguali tra le persone coinvolte (lettura proposta per l'ambiguità AMB-18). L'obiettivo tempi di pagamento pesa con la sua quota: " +
        "non si applica un'ulteriore riduzione del 30 %.";

    public const string NoSharedSheets = "Nessuna scheda di valutazione per l'anno scelto.";

    public const string WhatIfNote = "Le modifiche di questa pagina non vengono salvate: servono solo a vedere l'effetto sul punteggio, sulla fascia e sul premio.";

    /// <summary>The role category as the publication (and its CSV) names it.</summary>
    public static string Role(EvaluatedRole role) => Infrastructure.Rewards.PremiCsv.RoleLabel(role);

    public static string Area(ClassificationArea area) => ClassificationCoefficients.Label(area);
}
