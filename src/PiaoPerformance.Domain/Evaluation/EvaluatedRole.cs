namespace PiaoPerformance.Domain.Evaluation;

/// <summary>Who an evaluation sheet (scheda di valutazione) is for; each has its own shares, catalogue and bands (SPEC §3.2).</summary>
public enum EvaluatedRole
{
    /// <summary>Segretario generale / comunale, evaluated by the Sindaco (S3:727).</summary>
    Segretario,
    /// <summary>Dirigente, evaluated by the NdV (S3:729).</summary>
    Dirigente,
    /// <summary>Incaricato di Elevata Qualificazione (ex P.O.), evaluated by the dirigente (S3:730).</summary>
    Eq,
    /// <summary>Dipendente (Funzionari, Istruttori, Operatori esperti, Operatori), S3:1063.</summary>
    Dipendente,
}
