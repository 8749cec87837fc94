namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// SPEC §4.9, S3:1151-1154: the cut of the total score per sanction kind and count. Seed 003: rimprovero 3/5/10,
/// multa 5/10/20, sospensione 25/40/100 for 1 / 2 / more than 2 in the year.
/// </summary>
public sealed record SanctionTable(SanctionCuts WrittenReprimand, SanctionCuts Fine, SanctionCuts Suspension)
{
    public SanctionCuts For(DisciplinarySanction kind) => kind switch
    {
        DisciplinarySanction.WrittenReprimand => WrittenReprimand,
        DisciplinarySanction.Fine => Fine,
        _ => Suspension,
    };

    public static SanctionTable Cassino { get; } = new(new(3m, 5m, 10m), new(5m, 10m, 20m), new(25m, 40m, 100m));
}
