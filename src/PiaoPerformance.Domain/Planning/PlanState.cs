namespace PiaoPerformance.Domain.Planning;

/// <summary>Where the plan stands in its lifecycle (the transitions come with the access rules).</summary>
public enum PlanState
{
    Bozza,
    Inviato,
    Approvato,
    Monitoraggio,
    Rendicontazione,
    ValutazioneNiv,
    Validato,
}
