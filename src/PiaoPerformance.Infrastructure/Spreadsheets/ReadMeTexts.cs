namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>The Leggimi sheet's introduction, in Italian.</summary>
internal static class ReadMeTexts
{
    public static IEnumerable<string> Introduction(string planTitle) =>
    [
        $"Modello per importare ed esportare gli obiettivi del piano «{planTitle}» (PIAO, sottosezione 2.2 Performance).",
        "Una riga del foglio Obiettivi per ogni obiettivo; gli altri fogli (Indicatori, Attese, Fasi, Regole, Contributi) indicano l'obiettivo con il suo «Rif.».",
        "All'importazione un obiettivo con la stessa unità, lo stesso responsabile e lo stesso numero (o lo stesso obiettivo strategico e numero) viene aggiornato; gli altri vengono creati. Gli obiettivi del piano che non compaiono nel file restano come sono.",
        "Per un obiettivo presente nel file, indicatori, attese, fasi, livelli della regola e contributi del file sostituiscono quelli della scheda.",
        "Scrivere valori, non formule: una cella con una formula viene rifiutata con il suo indirizzo. Numeri con la virgola decimale, date nel formato gg/mm/aaaa.",
        "Le colonne con un elenco a discesa accettano solo i valori del foglio Elenchi. L'importazione è possibile solo per un piano in Bozza e non salva nulla finché il file contiene anche un solo errore.",
    ];
}
