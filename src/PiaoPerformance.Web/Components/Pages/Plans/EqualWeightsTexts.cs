namespace PiaoPerformance.Web.Components.Pages.Plans;

/// <summary>What the "Pesi uguali" action says.</summary>
internal static class EqualWeightsTexts
{
    public const string Button = "Pesi uguali";

    public const string Confirm = "Conferma";

    public const string Cancel = "Annulla";

    public const string Busy = "Ripartizione…";

    public const string Done = "Pesi ripartiti in parti uguali.";

    public static string Question(int count) =>
        $"Assegnare lo stesso peso a ciascuno dei {count} obiettivi propri, così che con i trasversali il totale sia quello richiesto? " +
        "I pesi attuali di questi obiettivi saranno sostituiti.";

    public static string Label(string people) => $"Pesi uguali per {people}";
}
