namespace PiaoPerformance.Domain.Common;

/// <summary>New identifiers: time-ordered GUIDs, so they index well and cannot be guessed in sequence.</summary>
public static class Ids
{
    public static Guid New() => Guid.CreateVersion7();
}
