namespace PiaoPerformance.Web.Components.Pages.Plans;

/// <summary>The labels of an objective card, verbatim from the seed's cards (S0:37-44, S0:10).</summary>
public static class CardLabels
{
    public const string Objective = "Obiettivo n.";
    public const string Description = "Descrizione obiettivo operativo";
    public const string Start = "Inizio";
    public const string End = "Fine";
    public const string Weight = "Peso";
    public const string MandateLines = "Linee di mandato:";
    public const string DupCode = "Codice DUP:";
    public const string ExpectedResult = "Risultato atteso:";
    public const string Indicators = "Indicatori di performance";
    public const string Verification = "Modalità di verifica del risultato:";
    public const string Timing = "Tempi di realizzazione e conclusione:";
    public const string ShareOfStrategic = "dell'obiettivo strategico";
    public const string ResponsabileGestionale = "Responsabile gestionale:";
    public const string ResponsabilePolitico = "Responsabile politico:";
    public const string RisorseUmane = "Risorse umane:";
    public const string RisorseFinanziarie = "Risorse finanziarie:";
    public const string RisorseStrumentali = "Risorse strumentali:";
    public const string CrossCuttingHeading = "Obiettivi strategici trasversali a tutti i settori";
    public const string StrategicWeight = "Peso obiettivo:";
}
