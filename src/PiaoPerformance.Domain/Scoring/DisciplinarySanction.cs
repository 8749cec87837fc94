namespace PiaoPerformance.Domain.Scoring;

/// <summary>The sanctions that cut the score (SPEC §4.9); dismissal (licenziamento) excludes instead.</summary>
public enum DisciplinarySanction
{
    /// <summary>Rimprovero scritto.</summary>
    WrittenReprimand,
    /// <summary>Multa.</summary>
    Fine,
    /// <summary>Sospensione.</summary>
    Suspension,
}
