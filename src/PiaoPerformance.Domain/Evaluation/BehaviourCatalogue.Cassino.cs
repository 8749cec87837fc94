namespace PiaoPerformance.Domain.Evaluation;

// Seed 003 (Cassino, SMVP DGC 471/2022). Labels are the criteria tables' own words, trailing full stops dropped; the
// level descriptors are in CassinoDescriptors (BehaviourCatalogue.LevelsOf). Codes are the tables' own where they have one (I.A, II.B, …) and ours for the
// Segretario, whose table numbers only the groups (1.1 … 3.5).
public sealed partial class BehaviourCatalogue
{
    /// <summary>SPEC §3.3, S3:770-796: nine items, 5,5,5,5,4,4,4,4,4 = 40.</summary>
    public static BehaviourCatalogue CassinoSegretario { get; } = new(EvaluatedRole.Segretario,
    [
        new("1.1", "1- FUNZIONI ISTITUZIONALI", "Assistenza giuridico-amministrativa all'Ente ed ai suoi organi", 5),
        new("1.2", "1- FUNZIONI ISTITUZIONALI", "Supervisione e verifica provvedimenti di Consiglio e Giunta", 5),
        new("1.3", "1- FUNZIONI ISTITUZIONALI",
            "Sovrintendenza allo svolgimento delle funzioni dei Dirigenti di Aree e coordinamento delle attività delle stesse", 5),
        new("2.1", "2- FUNZIONI PROFESSIONALI INTEGRATIVE", "Aggiornamento e ricerca normativa sui temi portanti dell'Amministrazione", 5),
        new("3.1", "3- COMPORTAMENTO PROFESSIONALE", "Qualità dell'azione professionale", 4),
        new("3.2", "3- COMPORTAMENTO PROFESSIONALE", "Apporto in termini di impegno profuso", 4),
        new("3.3", "3- COMPORTAMENTO PROFESSIONALE", "Capacità di gestione del tempo/lavoro", 4),
        new("3.4", "3- COMPORTAMENTO PROFESSIONALE", "Capacità relazionali e di coordinamento", 4),
        new("3.5", "3- COMPORTAMENTO PROFESSIONALE", "Capacità di risolvere i problemi della struttura", 4),
    ]);

    /// <summary>
    /// SPEC §3.3, S3:854-878: eight items of 5 = 40. Group IV reads "COMPETENTE TECNICO PROFESSIONALE" in the criteria
    /// table, a typo the sheet corrects (S3:901).
    /// </summary>
    public static BehaviourCatalogue CassinoDirigente { get; } = new(EvaluatedRole.Dirigente,
    [
        new("I.A", "I. LEADERSHIP", "COLLABORAZIONE, RELAZIONE E COMUNICAZIONE", 5),
        new("I.B", "I. LEADERSHIP", "ANALISI E SOLUZIONE DEI PROBLEMI", 5),
        new("II.A", "II. PIANIFICAZIONE E GESTIONE", "PROGRAMMAZIONE E MONITORAGGIO", 5),
        new("II.B", "II. PIANIFICAZIONE E GESTIONE", "DIFFERENZIAZIONI DELLE VALUTAZIONI", 5),
        new("III.A", "III. ETICA PUBBLICA", "CODICE DI COMPORTAMENTO", 5),
        new("III.B", "III. ETICA PUBBLICA", "PREVENZIONE DELLA CORRUZIONE", 5),
        new("IV.A", "IV. COMPETENZE TECNICO-PROFESSIONALI", "UTILIZZO E AGGIORNAMENTO DELLE CONOSCENZE TECNICO-PROFESSIONALI", 5),
        new("IV.B", "IV. COMPETENZE TECNICO-PROFESSIONALI", "SVILUPPO DI NUOVI METODI ED OBIETTIVI DI LAVORO", 5),
    ]);

    /// <summary>SPEC §3.3, S3:934-953: six items of 5 = 30 (item IV as the criteria table defines it, [AMB-4]).</summary>
    public static BehaviourCatalogue CassinoEq { get; } = new(EvaluatedRole.Eq,
    [
        new("I", "I. ORIENTAMENTO AL RISULTATO", "ORIENTAMENTO AL RISULTATO", 5),
        new("II", "II. QUALITA' E ACCURATEZZA DEL LAVORO", "QUALITA' E ACCURATEZZA DEL LAVORO", 5),
        new("III", "III. PROBLEM SOLVING", "PROBLEM SOLVING", 5),
        new("IV", "IV. ADATTABILITA' E FLESSIBILITA'", "ADATTABILITA' E FLESSIBILITA'", 5),
        new("V", "V. AUTONOMIA", "AUTONOMIA", 5),
        new("VI", "VI. ETICA PUBBLICA", "CODICE DI COMPORTAMENTO E PREVENZIONE DELLA CORRUZIONE", 5),
    ]);

    /// <summary>
    /// SPEC §3.3, S3:1014-1046: ten items of 5 = 50. The second item is I.B as in the criteria table, not the sheet's
    /// repeated "II.B MOTIVAZIONE" (S3:1067, [AMB-3]).
    /// </summary>
    public static BehaviourCatalogue CassinoDipendente { get; } = new(EvaluatedRole.Dipendente,
    [
        new("I.A", "I. COOPERAZIONE", "COLLABORAZIONE E FLESSIBILITÀ", 5),
        new("I.B", "I. COOPERAZIONE", "CAPACITÀ DI PARTECIPARE PRODUTTIVAMENTE E/O DI GESTIRE GRUPPI DI LAVORO VERSO OBIETTIVI COMUNI", 5),
        new("II.A", "II. REALIZZAZIONE", "ACCURATEZZA E TEMPESTIVITÀ", 5),
        new("II.B", "II. REALIZZAZIONE", "MOTIVAZIONE ALL'ASSUNZIONE DI NUOVI IMPEGNI – RESPONSABILITÀ", 5),
        new("III.A", "III. COMPETENZE", "NORMATIVA DI RIFERIMENTO PER L'AREA", 5),
        new("III.B", "III. COMPETENZE", "FORMAZIONE E TENSIONE AL CORRETTO UTILIZZO DI STRUMENTI DI LAVORO E TECNOLOGIE INFORMATICHE", 5),
        new("IV", "IV. ORIENTAMENTO AL RISPETTO DELLE RISORSE ASSEGNATE", "IMPEGNO NELL'ELIMINARE GLI SPRECHI", 5),
        new("V", "V. ORIENTAMENTO ALL'UTENZA", "CUSTOMER SATISFACTION", 5),
        new("VI.A", "VI. ETICA PUBBLICA", "CODICE DI COMPORTAMENTO", 5),
        new("VI.B", "VI. ETICA PUBBLICA", "PREVENZIONE DELLA CORRUZIONE", 5),
    ]);
}
