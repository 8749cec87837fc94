namespace PiaoPerformance.Domain.Measurement;

/// <summary>The kinds of evidence file a responsabile may upload (issue 7: PDF or images), told by content.</summary>
public enum EvidenceFileType
{
    Pdf,
    Png,
    Jpeg,
}
