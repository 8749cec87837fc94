namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// What the demo comune must show, written out from the seed document (PIAO 2024-2026, Allegato A, sottosezione 2.2
/// of Cassano delle Murge). Titles are compared with whitespace collapsed (<see cref="Normalise"/>): the document
/// breaks some of them over paragraphs.
/// </summary>
public static class DemoPlan
{
    public const string Ente = "Comune di Cassano delle Murge";
    public const string Cycle = "PIAO 2024-2026";
    public const string State = "Bozza";
    public const int UnitObjectiveCount = 49;

    /// <summary>The units in the document's order: code, heading, objective titles (objective n. 1 first).</summary>
    public static readonly IReadOnlyList<ExpectedUnit> Units =
    [
        new("I", "SETTORE I – INNOVAZIONI TECNOLOGICHE – SERVIZI SOCIALI",
        [
            "Adeguamento tecnologico dei personal computer della rete comunale",
            "Servizio rivolto alle utenze fragili \"Mai più soli\"",
            "Organizzazione di attività estive rivolte ai minori in collaborazione con gli Enti del Terzo Settore",
            "Assicurare l'organizzazione e/o la relativa attività di supporto per lo svolgimento di attività socio-ricreative destinate agli anziani",
            "Locazione semplice di alloggi E.R.P.",
        ]),
        new("II", "SETTORE II – RAGIONERIA – PROGRAMMAZIONE FINANZIARIA - ENTRATE TRIBUTARIE",
        [
            "Adeguamento e aggiornamento del vigente Regolamento comunale di contabilità",
            "Adozione regolamento comunale Regolamento comunale Entrate Tributarie",
            "Ricognizione del Contenzioso Tributario e redazione di un piano di controllo sui ricorsi",
            "Classificazione e inventariazione dei beni mobili e immobili, in conformità alle vigenti disposizioni di legge in materia di contabilità patrimoniale",
            "Affidamento del servizio di tesoreria attualmente svolto in regime di proroga",
        ]),
        new("III", "SETTORE III – URBANISTICA - MOBILITA' SOSTENIBILE - IGIENE URBANA - AGRICOLTURA",
        [
            "Aggiornamento mappa luoghi di abbandono rifiuti in aree pubbliche e private",
            "Partecipazione a bando ministeriale e, in caso di finanziamento, attivazione delle procedure per l'acquisizione del secondo eco-compattatore",
            "Aggiornamento Regolamento comunale per l'installazione degli impianti di telecomunicazioni",
            "Redazione del PUMS COMUNALE – Piano Urbano della Mobilità Sostenibile",
            "Adeguamento del PRG vigente al PPTR regionale",
            "Redazione del PAESC Piano di Azione dell'Energia Sostenibile e Clima",
        ]),
        new("IV", "SETTORE IV – AA.GG. - CONTENZIOSO - PERSONALE GIURIDICO - CONTRATTI - PERSONALE ECONOMICO",
        [
            "Informatizzazione delle procedure atte a giustificare le assenze del personale dipendente (ferie, permessi, congedi ecc) mediante l'utilizzo della piattaforma e software \"Halley\" di gestione della banca dati su server cloud.",
            "Adozione Regolamento comunale per le procedure di reclutamento di personale",
            "Adozione Regolamento accesso agli atti, accesso civico e generalizzato",
            "Approvazione nuovo \"Sistema di misurazione e valutazione delle performance\"",
            "Attivazione procedure di reclutamento personale in attuazione della sez. 3.3. PIAO",
        ]),
        new("V", "SETTORE V – LL.PP.- GESTIONE DEL TERRITORIO E DEL PATRIMONIO",
        [
            "Manutenzione straordinaria, adeguamento, messa a norma e completamento del Polisportivo comunale",
            "Ristrutturazione, messa in sicurezza ed efficientamento energetico scuola materna Regina Elena",
            "Collegamento ciclo pedonale dolce tra \"borghi\" centro urbano e paesaggio murgiano",
            "Lavori di realizzazione di nuovi loculi e ossari presso il Cimitero Comunale",
            "Progetto PNRR PUI",
            "Manutenzione Straordinaria Piazza Merloni, Via Convento, Via della Repubblica e Via Unità d'Italia.",
            "Progetto PNRR PINQuA",
        ]),
        new("VI", "SETTORE VI – DEMOGRAFICI - CULTURA E SUAP LL.PP.- GESTIONE DEL TERRITORIO E DEL PATRIMONIO",
        [
            "Affidamento della custodia, manutenzione e gestione del \"Polisportivo Comunale\"",
            "Rafforzamento del progetto “Magna Inventio” rivisitazione storica del secondo ritrovamento della Sacra Immagine nella Grotta del Convento della Madonna degli Angeli",
            "Organizzazione evento “In Taberna quando sumus”",
            "Informatizzazione dei Registri dello Stato Civile",
            "Gestione elezioni europee anno 2024",
            "Servizio di accoglienza e informazione turistica c/o Info Point Turistico",
            "Avvio attività del DUC (Distretto urbano del Commercio)",
            "SUAP",
        ]),
        new("PL", "SETTORE AUTONOMO DI POLIZIA LOCALE (VIGILANZA, MOBILITA', ANNONA, PROTEZIONE CIVILE)",
        [
            "Rilievo della Velocità con dispositivo mobile – Telelaser TucamHD",
            "Procedura digitalizzata per il rilievo delle violazioni del C.d.S. ed extra C.d.S.",
            "Presentazione della domanda per il finanziamento ministeriale Potenziamento impianto di video sorveglianza urbana",
            "Adozione del Nuovo Regolamento per la disciplina della Videosorveglianza",
            "Potenziare le attività di vigilanza territoriale in occasione di eventi e manifestazioni",
            "Potenziamento interventi di Protezione civile mediante Associazioni di volontariato",
        ]),
        new("SEG", "SEGRETARIO COMUNALE",
        [
            "Elaborazione Sezione 2.3 “Rischi corruttivi e trasparenza” del PIAO Attuazione delle misure di trasparenza",
            "Adozione del Regolamento sulla disciplina degli incarichi di elevata qualificazione",
            "Aggiornamento Codice di comportamento integrativo dei dipendenti dell'amministrazione comunale",
            "Adeguamento e aggiornamento del vigente Regolamento sul funzionamento del Consiglio Comunale",
            "Presidenza delle Commissioni di concorso/selezioni/ procedure finalizzate al reclutamento di personale",
            "Garantire l'applicazione del CCNL 16.11.2022 e l'erogazione del salario accessorio al fine di assicurare adeguati livelli di efficienza e produttività dei servizi",
            "Esercizio Funzioni suppletive di gestione* (trattandosi di esercizio di funzioni meramente eventuale, il peso relativo andrà ad incremento degli altri obiettivi laddove in concreto le funzioni non siano state svolte)",
        ]),
    ];

    /// <summary>The strategic objectives across all units, with their weight and their operational objectives' shares.</summary>
    public static readonly IReadOnlyList<ExpectedStrategic> CrossCutting =
    [
        new(1, "PREVENZIONE DELLA CORRUZIONE, TRASPARENZA E LEGALITÀ'", 10,
        [
            new(1, "Garantire l'attuazione e il rispetto delle misure previste all'interno della sezione 2.3 del PIAO finalizzate a prevenire la corruzione e l'illegalità nell'ambito dell'attività amministrativa del Comune", 40),
            new(2, "Formazione del personale assegnato ai Settori in materia di prevenzione della corruzione e trasparenza", 20),
            new(3, "Assolvimento degli obblighi di trasparenza previsti nell'apposita sezione 2.3 del PIAO", 40),
        ]),
        new(2, "ATTUAZIONE PNRR RISPETTO DEI TEMPI DI PAGAMENTO 2024-2026", 30,
        [
            new(1, "Attuazione art. 4-bis del D.L. n. 13/2023, convertito con modificazioni dalla legge n. 41/2023. Riduzione dei tempi di pagamento delle pubbliche amministrazioni L'obiettivo consiste nell'azzerare i ritardi nei pagamenti delle fatture.", 100),
        ]),
    ];

    public static ExpectedUnit Unit(string code) => Units.Single(u => u.Code == code);

    /// <summary>Whitespace runs (line breaks included) as one space, trimmed.</summary>
    public static string Normalise(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public sealed record ExpectedUnit(string Code, string Heading, IReadOnlyList<string> ObjectiveTitles);

public sealed record ExpectedStrategic(int Number, string Title, int Weight, IReadOnlyList<ExpectedOperational> Children);

public sealed record ExpectedOperational(int Number, string Title, int ShareOfParentPct);
