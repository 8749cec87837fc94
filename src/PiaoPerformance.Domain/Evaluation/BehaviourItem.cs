namespace PiaoPerformance.Domain.Evaluation;

/// <summary>
/// One item of component C (comportamenti organizzativi e competenze), SPEC §3.3: its code, the group it sits in, its
/// label as the ente's criteria table writes it, and the most points it can get. Scores are integers 0..max.
/// </summary>
public sealed record BehaviourItem(string Code, string Group, string Label, int Maximum)
{
    public string Display => $"{Code} {Label}";
}
