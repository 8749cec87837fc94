namespace PiaoPerformance.Domain.Evaluation;

/// <summary>
/// Seed 003 (Cassino, SMVP DGC 471/2022): the graded descriptors of component C, per item in catalogue order, lowest
/// level first. Readings of the damaged rows (SPEC §7): EQ item II has two descriptors numbered "3." and the second is
/// level 4 (AMB-4); EQ item IV follows the criteria table, not the sheet (AMB-4); the employees' second item is I.B of
/// the criteria table (AMB-3); unnumbered descriptors (Dirigente IV.B 1-3, EQ I 1-2, employees I.B 4-5 written ") …",
/// V 2, 3 and 5) and the mis-numbered VI.B ("Non conosce…", "1)", "2)", "Osserva…", "4)") are levels 1..5 in the order
/// written (AMB-3).
/// </summary>
internal static class CassinoDescriptors
{
    private static readonly string[] SegretarioActivity =
    [
        "L'attività prestata è totalmente insufficiente",
        "L'attività prestata è scarsa",
        "L'attività prestata è appena sufficiente",
        "L'attività prestata è buona",
        "L'attività prestata è ottima",
        "L'attività prestata è eccellente",
    ];

    /// <summary>S3:784-796: levels 0..5 for items 1.1-2.1, 0..4 for items 3.1-3.5.</summary>
    public static readonly string[][] Segretario =
    [
        SegretarioActivity,
        SegretarioActivity,
        SegretarioActivity,
        SegretarioActivity,
        [
            "L'attività ha raggiunto livelli di qualità totalmente insufficienti",
            "L'attività ha raggiunto livelli di qualità scarsi",
            "L'attività ha raggiunto livelli di qualità appena sufficienti",
            "L'attività ha raggiunto livelli di qualità molto buoni",
            "L'attività ha raggiunto livelli di qualità ottimi",
        ],
        [
            "L'impegno dimostrato è stato totalmente insufficiente",
            "L'impegno dimostrato è stato appena sufficiente",
            "L'impegno dimostrato è stato buono",
            "L'impegno dimostrato è stato ottimo",
            "L'impegno dimostrato è stato eccellente",
        ],
        [
            "I risultati hanno dimostrato una capacità di gestione del tempo/lavoro totalmente insufficiente.",
            "I risultati hanno dimostrato una capacità di gestione del tempo/lavoro appena sufficiente.",
            "I risultati hanno dimostrato una capacità di gestione del tempo/lavoro buona",
            "I risultati hanno dimostrato una capacità di gestione del tempo/lavoro ottima",
            "I risultati hanno dimostrato una capacità di gestione del tempo/lavoro eccellente",
        ],
        [
            "I risultati hanno dimostrato capacità relazionali e di coordinamento totalmente insufficiente.",
            "I risultati hanno dimostrato capacità relazionali e di coordinamento appena sufficiente.",
            "I risultati hanno dimostrato capacità relazionali e di coordinamento buona",
            "I risultati hanno dimostrato capacità relazionali e di coordinamento ottima",
            "I risultati hanno dimostrato capacità relazionali e di coordinamento eccellente",
        ],
        [
            "I risultati hanno dimostrato capacità di problem solving totalmente insufficiente.",
            "I risultati hanno dimostrato capacità di problem solving appena sufficiente.",
            "I risultati hanno dimostrato capacità di problem solving buona",
            "I risultati hanno dimostrato capacità problem solving ottima",
            "I risultati hanno dimostrato capacità problem solving eccellente",
        ],
    ];

    /// <summary>S3:855-878: levels 1..5 of the eight items.</summary>
    public static readonly string[][] Dirigente =
    [
        [
            "Non motiva adeguatamente i collaboratori e non tiene conto delle problematiche e delle esigenze poste dall'esterno e dai dipendenti, non sa comunicare e organizzare il lavoro di sé e degli altri.",
            "Presta un supporto non sempre adeguato alla crescita professionale dei propri collaboratori; non riesce a valorizzare il contributo di tutti i dipendenti alla qualità del risultato verso l'esterno.",
            "Ascolta e comprende i collaboratori, li motiva assegnando compiti e responsabilità che tengono conto delle competenze e delle attitudini professionali, ne tutela il benessere lavorativo e le esigenze di crescita professionale.",
            "Presta attenzione all'equilibrio del gruppo, interviene in presenza di eventuali criticità, diffonde e condivide le informazioni sulle tematiche che possono migliorare i risultati delle attività; promuove concretamente l'orientamento all'utente.",
            "Promuove il miglioramento continuo e sa assumere il ruolo di guida credibile e punto di riferimento dell'unità organizzativa all'interno e all'esterno. Comunica efficacemente gli obiettivi da raggiungere, sa comunicare ed organizzare il lavoro di sé e degli altri.",
        ],
        [
            "Affronta solo le problematiche di routine e le risolve in maniera spesso inefficace.",
            "Reagisce ai problemi solo in una prospettiva del momento, senza risolverli definitivamente.",
            "Conosce bene il contesto operativo e si applica per trovare le soluzioni adeguate ai risultati da ottenere.",
            "Sa scegliere le soluzioni ottimali dopo aver valutato effetti e possibili imprevisti di ciascuna alternativa.",
            "Assicura la soluzione delle problematiche complesse modificando con tempestività i propri schemi di lavoro, producendo un piano di azione dettagliato.",
        ],
        [
            "Ha una scarsa capacità di pianificazione degli obiettivi; non partecipa agli incontri di coordinamento e programmazione.",
            "Pianifica gli obiettivi in maniera approssimativa; mostra poco interesse agli incontri di coordinamento e vi partecipa con discontinuità.",
            "Pianifica gli obiettivi in maniera sufficientemente; è interessato agli incontri di coordinamento, ma vi partecipa molto saltuariamente delegando ad altri la sua presenza.",
            "Pianifica gli obiettivi in maniera pienamente aderente alle indicazioni metodologiche; partecipa con interesse agli incontri di coordinamento.",
            "Riesce a pianificare e a ricalibrare obiettivi e target in maniera “sfidante” anche attraverso una interazione efficace, tempestiva e puntuale con le strutture di coordinamento in materia (Segretario e/o OIV e Dirigenti); Partecipa agli incontri di coordinamento collaborando fattivamente con proposte innovative e soluzioni.",
        ],
        [
            "Dimostra una scarsa capacità di gestione e valutazione delle risorse umane assegnate; non differenzia i giudizi di valutazione attribuendo il massimo punteggio a tutti i valutati o, in ogni caso, attribuisce giudizi del tutto indifferenziati; interpreta la valutazione come un fatto meramente burocratico.",
            "Pur differenziando in una certa misura i giudizi di valutazione, non dimostra il giusto impegno nel processo di valutazione; non si confronta con il valutato e/o non definisce un percorso di crescita e sviluppo di quest'ultimo.",
            "Dimostra una sufficiente capacità di gestione e valutazione delle risorse umane assegnate; differenzia in una certa misura i giudizi di valutazione ma stimola i processi di crescita in misura limitata.",
            "Sa operare una adeguata differenziazione dei giudizi. Stimola il confronto e sa incidere discretamente nel processo di crescita e motivazionale delle risorse umane assegnate,",
            "Mostra ottime capacità di valutazione dei propri collaboratori operando una adeguata differenziazione dei giudizi e costruendo percorsi di crescita e sviluppo professionale; motiva i propri collaboratori a raggiungere risultati migliori.",
        ],
        [
            "Dimostra poca attenzione al codice di comportamento e non si conforma ad esso.",
            "Non ha una conoscenza approfondita del codice di comportamento e lo considera uno strumento poco rilevante.",
            "Conosce e osserva il codice di comportamento e promuove la partecipazione a iniziative di formazione obbligatoria.",
            "Sollecita e promuove all'interno dell'unità organizzativa gestita la conoscenza e il rispetto del codice mantenendo viva l'attenzione sulla tempestiva attuazione rispetto del codice.",
            "Conosce perfettamente il codice, lo attua e contribuisce all'integrazione fra codice di comportamento e PTPC tramite la proposta di comportamenti virtuosi collegati alla mappatura dei processi a rischio del proprio Ufficio.",
        ],
        [
            "Non attua in maniera puntuale quanto previsto dalla disciplina sulla prevenzione della corruzione e sulla trasparenza.",
            "Esegue passivamente i propri compiti esprimendo resistenza nei confronti degli obblighi di trasparenza e di buon funzionamento dell'amministrazione.",
            "Osserva le prescrizioni del Piano triennale di prevenzione della corruzione e partecipa alle iniziative di formazione generale e/o specialistica.",
            "Collabora con il Responsabile anticorruzione negli adempimenti del PTPC e nel loro tempestivo monitoraggio.",
            "Partecipa attivamente alla annuale definizione/ridefinizione di misure - PTO sostenibili di trattamento del rischio e promuove nuovi processi/misure.",
        ],
        [
            "Non sa utilizzare le conoscenze tecniche possedute dovendo ricorrere al supporto di terzi e non si aggiorna ampliando le proprie conoscenze.",
            "Ha una mediocre padronanza nell'attuazione delle conoscenze tecniche possedute ma dimostra limitata propensione all'aggiornamento professionale.",
            "Dimostra adeguata autonomia nell'applicazione delle conoscenze tecniche possedute senza rinunciare al supporto di terzi e si aggiorna nell'aggiornamento professionale con risultati positivi.",
            "Ha una buona padronanza nell'applicazione delle competenze tecniche possedute nelle materie trattate e riconosce l'approfondimento prioritario.",
            "Ha un'ottima capacità di sviluppare le conoscenze tecniche possedute trasferendo a terzi le nozioni e le soluzioni nella risoluzione delle problematiche. L'aggiornamento è continuo ed è affrontato in maniera efficace ed efficiente.",
        ],
        [
            "Non possiede cognizione delle metodologie e degli strumenti tecnologici utilizzati.",
            "Ha una conoscenza limitata delle procedure e dei sistemi operativi in uso senza però riuscire ad imprimere soluzioni e cambiamenti per un processo di adeguamento e rinnovamento tecnologico.",
            "Conosce i sistemi operativi in uso ma non possiede cognizione delle procedure alternative per innovare le tecnologie utilizzate.",
            "Ha una buona padronanza dei processi operativi, si informa e collabora con i servizi informatici per importare nuove procedure tecnologiche ed informatiche per realizzare cambiamenti e rinnovamenti.",
            "Opera in maniera autonoma nelle procedure informatiche in uso e usa il proprio tempo nell'analisi di nuove tecnologie e processi informatici che siano in grado di migliorare l'automazione dei processi con la riduzione dei tempi di lavoro ed efficientamento delle attività rispetto ai servizi resi.",
        ],
    ];

    /// <summary>S3:935-953: levels 1..5 of the six items.</summary>
    public static readonly string[][] Eq =
    [
        [
            "Ottiene risultati insufficienti e dimostra una scarsa motivazione ai risultati.",
            "Realizza risultati non sempre soddisfacenti; non regola il livello delle prestazioni e delle risorse in relazione all'importanza delle attività e degli obiettivi da raggiungere.",
            "Agisce coerentemente agli impegni presi, realizzando risultati soddisfacenti.",
            "Riconosce le priorità e le urgenze dell'amministrazione e individua le modalità migliori per conseguire il risultato.",
            "Persevera nel raggiungimento del risultato; non si scoraggia di fronte a situazioni complesse; realizza risultati ottimali",
        ],
        [
            "Non rispetta i tempi e/o la qualità attesi con riferimento alle prestazioni svolte. Non ha l'attitudine a mantenere ordine nelle pratiche di lavoro.",
            "I risultati non sono sempre adeguati agli standard di qualità attesi dall'amministrazione. Nelle situazioni quotidiane è attento al particolare e ha un'attitudine alla verifica dei dettagli nelle attività manuali e ordinarie d'ufficio, ma il comportamento è da rivedere.",
            "Garantisce la qualità e l'accuratezza del proprio lavoro ottenendo livelli di qualità coerenti con lo standard dell'organizzazione. Sa analizzare i particolari in maniera efficace e veloce, identifica eventuali errori e li corregge in maniera tempestiva.",
            "Opera con Costanza e precisione nell'esecuzione del proprio lavoro e delle attività richieste e con grande senso di responsabilità. È autonomo nella risoluzione dei problemi e sollecita i colleghi e il personale ad una realizzazione accurata dei lavori.",
            "Comprende le necessità dell'organizzazione e attiva azioni volte a ottenere eccellenti livelli di qualità e tempestività nelle prestazioni lavoro. Viene coinvolto dai colleghi e dai responsabili nella realizzazione di attività dove sono richieste precisione e puntualità.",
        ],
        [
            "Non sa cogliere gli aspetti essenziali dei problemi che riguardano la propria attività e rimette ad altri la loro soluzione.",
            "Dimostra una limitata propensione ad affrontare i problemi.",
            "Affronta i problemi e cerca soluzioni ma solo quando è possibile seguire strade già tracciate.",
            "Analizza i fatti e i dati disponibili per decidere valutando collegamenti, analogie e differenze utili per individuare cause e soluzioni.",
            "Risolve i problemi, anche in autonomia se necessario, implementando la soluzione più adatta.",
        ],
        [
            "È totalmente autoreferenziale nello svolgimento del proprio lavoro e non coordina la propria attività con quella di altri soggetti nell'organizzazione.",
            "Non sa gestire adeguatamente le situazioni nuove, incerte e poco definite.",
            "Accetta di lavorare con persone diverse e si dedica ad attività anche non abituali e impreviste, purché richiesto occasionalmente durante l'anno.",
            "È disponibile a lavorare con persone diverse e a dedicarsi ad attività non abituali in orari diversi dall'ordinario, anche se richiesto periodicamente nell'anno.",
            "Accetta la sfida di affrontare situazioni nuove, incerte e poco definite e segnala la propria disponibilità ad intraprendere nuove attività e progetti, cogliendone l'opportunità di miglioramento personale e professionale.",
        ],
        [
            "Nello svolgimento di attività mediamente ripetitive, non riconosce le priorità e i rischi operando in maniera limitata nella gestione della sua attività.",
            "Pur individuando in maniera idonea le priorità ha bisogno di essere indirizzato nella ricerca dei criteri di scelta delle informazioni e incoraggiato a mantenere l'attenzione al compito.",
            "E' in grado di individuare senza difficoltà le priorità e mostra di orientarsi discretamente nella scelta delle informazioni, avendo stabilito adeguati criteri di selezione anche in situazioni complesse.",
            "Si aggiorna costantemente sull'evoluzione delle normative di riferimento e sugli aspetti tecnici che riguardano la propria attività",
            "Individua con facilità un giusto numero di informazioni e dati, coerenti ed adeguati allo scopo. Per ogni elemento individuato fornisce chiare ed idonee argomentazioni che giustificano il suo apporto al contesto di riferimento, anche complesso. Acquisisce, valuta e sfrutta ogni dato disponibile allo scopo ed è in grado di generarne dei nuovi in maniera autonoma. Applica in maniera strategica informazioni ottenute in altri contesti.",
        ],
        [
            "Considera il codice di comportamento un adempimento formale e non ne diffonde la conoscenza presso il personale; non attua adeguatamente le misure contenute nel PTPC.",
            "Attua le misure contenute nel PTPC in modo ripetitivo e in una logica di adempimento solo formale.",
            "Attua le misure contenute nel PTPC nei tempi e modi previsti garantendo il pieno rispetto delle prescrizioni.",
            "Osserva e monitora lo stato di attuazione del Codice di comportamento tenendone conto ai fini della valutazione del personale; Individua le misure di prevenzione della corruzione nella propria responsabilità, collabora con il RPCT nel monitoraggio del PTPC e nella segnalazione di disfunzioni, criticità e violazioni.",
            "Osserva, monitora e promuove la cultura dell'etica e della legalità nella propria unità organizzativa, sensibilizzando i propri collaboratori.",
        ],
    ];

    /// <summary>S3:1015-1046: levels 1..5 of the ten items.</summary>
    public static readonly string[][] Dipendente =
    [
        [
            "Condivide poco la propria esperienza di lavoro mostrando scarsa attenzione nei confronti dei colleghi; dimostra resistenza verso i cambiamenti e non si fa carico di attività al di fuori della prassi e dei compiti consolidati e non esprime alcun contributo in presenza di situazioni nuove; preferisce lavorare in modo individuale e si interfaccia poco con gli altri.",
            "Accetta di lavorare con persone diverse e si dedica ad attività anche non abituali e impreviste, purché richiesto occasionalmente durante l'anno.",
            "Sa adattare lo stile di approccio al lavoro in funzione del mutare della situazione e/o delle risposte degli interlocutori, collaborando con i colleghi; incoraggia i colleghi allo scambio delle conoscenze professionali favorendo l'incontro anche fra le competenze specialistiche.",
            "Dimostra attenzione alle esigenze e agli obiettivi dei colleghi e degli altri uffici offrendo disponibilità e supporto. È sempre disponibile alle esigenze della struttura verso attività non abituali e con persone esterne al suo servizio (altri utenti - fornitori - amministratori, ecc)..",
            "È a disposizione della Struttura per il raggiungimento dei risultati; è estremamente disponibile a variare l'orario di lavoro e realizzare nuove attività; è dotato di uno spiccato spirito di squadra; contribuisce al cambiamento introducendo innovazioni procedurali, tecniche e di metodo.",
        ],
        [
            "Partecipa in modo prevalentemente passivo al lavoro di ufficio e non è in grado di fornire un contributo positivo. Presenta rigidità e nessuna apertura al confronto con colleghi e collaboratori.",
            "Partecipa in modo appena adeguato al lavoro di ufficio e di gruppo e raramente fornisce un contributo positivo. Presenta una certa rigidità e limitata apertura al confronto, raramente disponibile ad accogliere e recepire il punto di vista degli altri.",
            "È disponibile a dare il proprio contributo nel gruppo di lavoro ma deve essere sollecitato. E' generalmente disponibile ad accogliere e recepire il punto di vista degli altri.",
            "Dà spontaneamente un buon contributo al gruppo di lavoro; è sempre positivamente aperto al confronto di idee ed è in grado di stimolare l'attività dei singoli.",
            "Partecipa sempre molto produttivamente ai gruppi di lavoro. Se incaricato della gestione di un gruppo di lavoro è in grado di gestirlo, di stimolarlo nella produttività, di ridurre i conflitti e creare un clima aperto, partecipativo e rispettoso dei ruoli assegnati.",
        ],
        [
            "Dimostra frequentemente disattenzione nei compiti assegnati ed è frequentemente in ritardo.",
            "Si attiene al minimo indispensabile nell'esecuzione delle istruzioni ricevute rispettando i tempi di lavoro solo in parte o dietro solleciti.",
            "Comprende il rapporto che intercorre tra il proprio lavoro, gli obiettivi organizzativi e il contesto esterno, organizzando il proprio lavoro nel rispetto minimale dei tempi di lavoro.",
            "Dimostra buona attenzione e sensibilità nei confronti delle esigenze dell'ufficio, monitora il proprio lavoro e interviene per eliminare eventuali rallentamenti.",
            "Monitora efficacemente i tempi e le scadenze da rispettare, organizzando le attività in funzione dell'obiettivo da raggiungere, garantendo l'accuratezza del proprio lavoro e livelli di qualità elevati. Opera con costanza e precisione nell'esecuzione del proprio lavoro e degli output prodotti.",
        ],
        [
            "Mostra difficoltà ad accettare i compiti di propria stretta competenza e normalmente tende a scaricare ad altri anche le proprie responsabilità.",
            "Accetta esclusivamente i compiti di propria stretta competenza, a volte con difficoltà, e non desidera ampliare la propria sfera di responsabilità.",
            "Accetta responsabilmente incarichi al di fuori delle proprie competenze quando richiesto.",
            "È disponibile ad assumersi nuovi incarichi, anche su iniziativa, e gli esplica in modo affidabile e responsabile.",
            "Accetta molto positivamente e spesso ricerca l'assunzione di nuove responsabilità che considera un'opportunità di arricchimento professionale.",
        ],
        [
            "Ha una conoscenza limitata delle principali norme e dei regolamenti riguardanti il servizio di appartenenza, che conosce nella misura minima necessaria stabilita dal responsabile.",
            "Ha una discreta conoscenza delle principali norme e dei regolamenti riguardanti il servizio di appartenenza, nel rapporto con il pubblico per l'erogazione dei servizi, nelle relazioni interne e esterne, Necessita di indirizzo del proprio responsabile per l'aggiornamento alle più significative innovazioni normative e regolamentari che interessano il proprio lavoro.",
            "Agisce nel rispetto delle principali norme e dei regolamenti riguardanti il servizio di appartenenza, nel rapporto con il pubblico per l'erogazione dei servizi, nelle relazioni interne e esterne, nel trattamento delle informazioni e nella redazione quotidiana di documenti e provvedimenti, nella gestione di fasi intermedie di procedimenti. Recepisce prontamente le innovazioni normative proposte.",
            "E' in grado di adeguare, in autonomia, le procedure, i documenti, i regolamenti e l'organizzazione del servizio alle innovazioni normative e regolamentari riguardanti il servizio di appartenenza previo confronto con il responsabile.",
            "Studia e applica correttamente e in autonomia il quadro normativo e giurisprudenziale riguardante la gestione del proprio servizio, mantiene aggiornate le proprie conoscenze tecniche professionali e le applica correttamente.",
        ],
        [
            "Mostra poca cura al corretto utilizzo degli strumenti di lavoro e/o delle tecnologie informatiche e disattenzione alle norme di sicurezza.",
            "Mostra una limitata disponibilità al rispetto delle norme di sicurezza nell'utilizzo degli strumenti di lavoro e/o strumenti tecnologici utilizzati e a tenerli aggiornati ed in buono stato per un corretto uso.",
            "Comprende l'importanza dell'uso dei DPI e dispositivi di sicurezza anche informatici e si applica per un corretto uso della strumentazione assegnata, ma non ne garantisce l'aggiornamento e corretta manutenzione.",
            "Sa garantire il corretto utilizzo della strumentazione utilizzata in modo autonomo ed efficace, nel rispetto delle norme di sicurezza e di aggiornamento tecnico - manutentivo.",
            "Comprende e promuove all'interno del settore, l'importanza del corretto utilizzo della strumentazione di lavoro e delle tecnologie informatiche, nel rispetto delle norme di sicurezza, svolgendo normalmente anche funzione di supporto ai colleghi alla formazione e aggiornamento continuo.",
        ],
        [
            "Mostra scarsa attenzione nel lavoro quotidiano a ridurre al minimo gli sprechi dei materiali utilizzati nel ciclo produttivo (amministrativo, tecnico, operativo) e l'uso improprio dei servizi (telefono, luce, auto, computer, ecc).",
            "Si impegna al rispetto delle le regole economicità nell'uso delle risorse assegnate. Ma richiede sempre l'intervento del superiore.",
            "Si impegna con buoni risultati nel corretto uso delle risorse assegnate e nell'eliminare le attività \"inutili\" che non si concretizzano in risultati e in qualità per l'utenza.",
            "Si impegna con ottimi risultati nel corretto uso delle risorse assegnate, in modo autonomo ed efficace rispetto alla riduzione degli sprechi.",
            "Ha uno spiccato senso del rispetto nel corretto uso delle risorse assegnate. Si attiva per promuovere interventi correttivi che coinvolgano colleghi e collaboratori del proprio servizio ad un efficace attività di lotta agli sprechi in collaborazione con i superiori.",
        ],
        [
            "L'accuratezza del servizio non è il suo punto di forza: pone scarso impegno nel recepire e comprendere i bisogni dell'utente. Lavora in modo sciatto e approssimativo e, comunque, difetta di accuratezza.",
            "Ha una concezione formalistica del servizio: nella risoluzione dei problemi legati alla qualità del servizio si attiene burocraticamente alla procedura, è poco tempestivo e, se può, tende a rinviare la risposta per non assumersi responsabilità.",
            "Rispetta gli standards di servizio. Pone buona attenzione ai bisogni dell'utente, specie se ne avverte lo stato di disagio e di difficoltà. E' pronto ad assumersi in prima persona la responsabilità delle risposte che fornisce.",
            "Soddisfa i bisogni latenti: cerca di comprendere i problemi e le esigenze degli utenti interni ed esterni, con l'intento di risolverli, offrendo servizi appropriati alle risposte dell'utente.",
            "Pone sempre al primo posto la soddisfazione delle esigenze degli utenti- clienti. Garantisce il rispetto pieno delle tempistiche e qualità di risultato, contemperando i bisogni delle persone con i vincoli dell'organizzazione e del suo lavoro e degli altri.",
        ],
        [
            "Dimostra poca conoscenza del codice di comportamento e non si conforma ad esso.",
            "Non ha una conoscenza approfondita del codice di comportamento e lo considera uno strumento poco rilevante, pur conformandosi ad esso quando sollecitato.",
            "Conosce in modo approssimativo il codice di comportamento e partecipa alle iniziative di formazione obbligatoria.",
            "Conosce sommariamente i contenuti del codice di comportamento e assicura buon andamento e imparzialità.",
            "Adotta comportamenti virtuosi nell'assicurare buona andamento e imparzialità nell'azione amministrativa.",
        ],
        [
            "Non conosce la disciplina sulla prevenzione della corruzione e sulla trasparenza.",
            "Ha una conoscenza approssimativa della disciplina sulla prevenzione della corruzione e sulla trasparenza e sugli obblighi per garantire il buon funzionamento dell'amministrazione.",
            "Partecipa alle iniziative di formazione generale e/o specialistica, ma è incerto sugli obblighi per garantire il buon funzionamento dell'amministrazione.",
            "Osserva le prescrizioni del Piano triennale di prevenzione della corruzione e partecipa alle iniziative di formazione generale e/o specialistica",
            "Ha una conoscenza completa degli adempimenti del PTPC e contribuisce alle attività di analisi dei superiori del contesto e dei rischi eventuali della propria attività.",
        ],
    ];
}
