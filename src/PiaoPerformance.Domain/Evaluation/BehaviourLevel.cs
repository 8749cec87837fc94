namespace PiaoPerformance.Domain.Evaluation;

/// <summary>
/// One level of a behaviour item and its graded descriptor ("descrittore graduato di valutazione"), verbatim from
/// the ente's criteria table (SPEC §3.3).
/// </summary>
public sealed record BehaviourLevel(int Score, string Descriptor);
