namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// Pesatura of an objective: Importanza, Impatto esterno, Complessità, Realizzabilità, each Alto/Medio/Basso
/// (S4:24-28). Its Esito is computed with the ente's scale (SPEC §1.12).
/// </summary>
public sealed record WeightingGrid(RatingLevel Importance, RatingLevel ExternalImpact, RatingLevel Complexity, RatingLevel Feasibility);
