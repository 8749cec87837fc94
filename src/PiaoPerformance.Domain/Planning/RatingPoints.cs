using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Planning;

/// <summary>The points one variable of the weighting grid gives to Alto, Medio and Basso (SPEC §1.12, AMB-7).</summary>
public sealed record RatingPoints
{
    public RatingPoints(int high, int medium, int low)
    {
        if (high < 0 || medium < 0 || low < 0)
        {
            throw new DomainException("I punteggi della scala di pesatura non possono essere negativi.", "scale");
        }

        High = high;
        Medium = medium;
        Low = low;
    }

    /// <summary>Importanza, Impatto esterno, Complessità: Alto 5, Medio 3, Basso 1 (SPEC §1.12 [INF]).</summary>
    public static RatingPoints Direct { get; } = new(5, 3, 1);

    /// <summary>Realizzabilità scores in reverse: the harder to achieve, the heavier (SPEC §1.12 [INF]).</summary>
    public static RatingPoints Reversed { get; } = new(1, 3, 5);

    public int High { get; }

    public int Medium { get; }

    public int Low { get; }

    public int For(RatingLevel level) => level switch
    {
        RatingLevel.High => High,
        RatingLevel.Medium => Medium,
        RatingLevel.Low => Low,
        _ => throw new DomainException("Livello di rilevanza non valido.", "scale"),
    };

    public static string Label(RatingLevel level) => level switch
    {
        RatingLevel.High => "Alto",
        RatingLevel.Medium => "Medio",
        _ => "Basso",
    };
}
