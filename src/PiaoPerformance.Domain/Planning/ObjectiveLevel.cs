namespace PiaoPerformance.Domain.Planning;

/// <summary>Cascade level: DUP strategic → operational → PEG management objective (SPEC §1.1).</summary>
public enum ObjectiveLevel
{
    Strategic,
    Operational,
    Management,
}
