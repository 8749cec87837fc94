namespace PiaoPerformance.Infrastructure.Tests.Seed;

/// <summary>
/// What seed 000 (Cassano delle Murge, PIAO 2024-2026, Allegato A) prints, copied from the document itself so the
/// test does not read the demo data file it checks: per unit, in the order of the document, each card's number,
/// "Peso", "Descrizione obiettivo operativo" and the Attesa row of "Percentuale di raggiungimento" 2024|2025|2026.
/// HTML tags of the extraction are dropped and paragraph breaks are "\n", as in the demo data (docs/demo-data.md).
/// </summary>
public static class Seed000
{
    public sealed record Card(int Number, decimal Weight, string Title, string Targets);

    public static readonly IReadOnlyList<(string Unit, IReadOnlyList<Card> Cards)> Units =
    [
        // S0:37-85
        ("I",
        [
            new(1, 15m, "Adeguamento tecnologico dei personal computer della rete comunale", "50|50|//"),
            new(2, 15m, "Servizio rivolto alle utenze fragili \"Mai più soli\"", "100|100|100"),
            new(3, 10m, "Organizzazione di attività estive rivolte ai minori in collaborazione con gli Enti del Terzo Settore", "100|100|//"),
            new(4, 10m, "Assicurare l'organizzazione e/o la relativa attività di supporto per lo svolgimento di attività socio-ricreative destinate agli anziani", "100|100|100"),
            new(5, 10m, "Locazione semplice di alloggi E.R.P.", "100|100|100"),
        ]),
        // S0:99-148
        ("II",
        [
            new(1, 10m, "Adeguamento e aggiornamento del vigente Regolamento comunale di contabilità", "100|//|//"),
            new(2, 10m, "Adozione regolamento comunale Regolamento comunale Entrate Tributarie", "100|//|//"),
            new(3, 15m, "Ricognizione del Contenzioso Tributario e redazione di un piano di controllo sui ricorsi", "100|//|//"),
            new(4, 10m, "Classificazione e inventariazione dei beni mobili e immobili, in conformità alle vigenti disposizioni di legge in materia di contabilità patrimoniale", "100|//|//"),
            new(5, 15m, "Affidamento del servizio di tesoreria attualmente svolto in regime di proroga", "100|//|//"),
        ]),
        // S0:164-225
        ("III",
        [
            new(1, 10m, "Aggiornamento mappa luoghi di abbandono rifiuti in aree pubbliche e private", "100|//|//"),
            new(2, 10m, "Partecipazione a bando ministeriale e, in caso di finanziamento, attivazione delle procedure per l'acquisizione del secondo eco-compattatore", "100|100|//"),
            new(3, 10m, "Aggiornamento Regolamento comunale per l'installazione degli impianti di telecomunicazioni", "100|//|//"),
            new(4, 10m, "Redazione del PUMS COMUNALE – Piano Urbano della Mobilità Sostenibile", "100|//|//"),
            new(5, 10m, "Adeguamento del PRG vigente al PPTR regionale", "100|//|//"),
            new(6, 10m, "Redazione del PAESC Piano di Azione dell'Energia Sostenibile e Clima", "100|//|//"),
        ]),
        // S0:239-288
        ("IV",
        [
            new(1, 10m, "Informatizzazione delle procedure atte a giustificare le assenze del personale dipendente (ferie, permessi, congedi ecc) mediante l'utilizzo della piattaforma e software \"Halley\" di gestione della banca dati su server cloud.", "100|//|//"),
            new(2, 10m, "Adozione Regolamento comunale per le procedure di reclutamento di personale", "100|//|//"),
            new(3, 10m, "Adozione Regolamento accesso agli atti, accesso civico e generalizzato", "100|//|//"),
            new(4, 20m, "Approvazione nuovo \"Sistema di misurazione e valutazione delle performance\"", "100|//|//"),
            new(5, 10m, "Attivazione procedure di reclutamento personale in attuazione della sez. 3.3. PIAO", "100|//|//"),
        ]),
        // S0:305-376
        ("V",
        [
            new(1, 10m, "Manutenzione straordinaria, adeguamento, messa a norma e completamento del Polisportivo comunale", "100|//|//"),
            new(2, 5m, "Ristrutturazione, messa in sicurezza ed efficientamento energetico scuola materna Regina Elena", "100|//|//"),
            new(3, 5m, "Collegamento ciclo pedonale dolce tra \"borghi\" centro urbano e paesaggio murgiano", "100|//|//"),
            new(4, 10m, "Lavori di realizzazione di nuovi loculi e ossari presso il Cimitero Comunale", "100|//|//"),
            new(5, 10m, "Progetto PNRR PUI", "100|//|//"),
            new(6, 10m, "Manutenzione Straordinaria Piazza Merloni, Via Convento, Via della Repubblica e Via Unità d'Italia.", "100|//|//"),
            new(7, 10m, "Progetto PNRR PINQuA", "100|//|//"),
        ]),
        // S0:391-464
        ("VI",
        [
            new(1, 10m, "Affidamento della custodia, manutenzione e gestione del \"Polisportivo Comunale\"", "100|100|100"),
            new(2, 10m, "Rafforzamento del progetto “Magna Inventio” rivisitazione storica del secondo ritrovamento della Sacra Immagine nella Grotta del Convento della Madonna degli Angeli", "100|//|//"),
            new(3, 10m, "Organizzazione evento “In Taberna quando sumus”", "100|//|//"),
            new(4, 10m, "Informatizzazione dei Registri dello Stato Civile", "100|//|//"),
            new(5, 10m, "Gestione elezioni europee anno 2024", "100|//|//"),
            new(6, 10m, "Servizio di accoglienza e informazione turistica c/o Info Point Turistico", "100|100|100"),
            new(1, 30m, "Avvio attività del DUC (Distretto urbano del Commercio)", "100|//|//"),
            new(6, 30m, "SUAP", "100|//|//"),
        ]),
        // S0:480-541
        ("PL",
        [
            new(1, 10m, "Rilievo della Velocità con dispositivo mobile – Telelaser TucamHD", "100|//|//"),
            new(2, 10m, "Procedura digitalizzata per il rilievo delle violazioni del C.d.S. ed extra C.d.S.", "100|//|//"),
            new(3, 10m, "Presentazione della domanda per il finanziamento ministeriale Potenziamento impianto di video sorveglianza urbana", "100|//|//"),
            new(4, 10m, "Adozione del Nuovo Regolamento per la disciplina della Videosorveglianza", "100|//|//"),
            new(5, 10m, "Potenziare le attività di vigilanza territoriale in occasione di eventi e manifestazioni", "100|//|//"),
            new(6, 10m, "Potenziamento interventi di Protezione civile mediante Associazioni di volontariato", "100|//|//"),
        ]),
        // S0:550-612
        ("SEG",
        [
            new(1, 25m, "Elaborazione Sezione 2.3 “Rischi corruttivi e trasparenza” del PIAO\nAttuazione delle misure di trasparenza", "100|100|//"),
            new(2, 15m, "Adozione del Regolamento sulla disciplina degli incarichi di elevata qualificazione", "100|//|//"),
            new(3, 10m, "Aggiornamento Codice di comportamento integrativo dei dipendenti dell'amministrazione comunale", "100|//|//"),
            new(4, 15m, "Adeguamento e aggiornamento del vigente Regolamento sul funzionamento del Consiglio Comunale", "100|//|//"),
            new(5, 15m, "Presidenza delle Commissioni di concorso/selezioni/ procedure finalizzate al reclutamento di personale", "100|100|//"),
            new(6, 10m, "Garantire l'applicazione del CCNL 16.11.2022 e l'erogazione del salario accessorio al fine di assicurare adeguati livelli di efficienza e produttività dei servizi", "100|10|//"),
            new(7, 10m, "Esercizio Funzioni suppletive di gestione*\n(trattandosi di esercizio di funzioni meramente eventuale, il peso relativo andrà ad incremento degli altri obiettivi laddove in concreto le funzioni non siano state svolte)", "100|100|//"),
        ]),
    ];
}
