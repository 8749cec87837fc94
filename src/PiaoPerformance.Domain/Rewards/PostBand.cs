namespace PiaoPerformance.Domain.Rewards;

/// <summary>The weighting band ("fascia di pesatura") of an EQ post (S3:990-994).</summary>
public enum PostBand
{
    Alta,
    Media,
    Bassa,
}
