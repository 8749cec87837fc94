using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// An evidence file of a report: its name, its type as read from its content (<see cref="EvidenceContent"/>), its
/// size and SHA-256, who uploaded it and when. The bytes are stored apart and read only when downloaded.
/// </summary>
public sealed class EvidenceFile : ITenantOwned
{
    private EvidenceFile()
    {
    }

    /// <summary>Checks the upload (<see cref="EvidenceContent.Check"/>) and describes it; the caller stores the bytes.</summary>
    public EvidenceFile(ObjectiveReport report, string? fileName, ReadOnlySpan<byte> content, long maxBytes, Guid byPersonId, DateTimeOffset at)
    {
        Type = EvidenceContent.Check(fileName, content, maxBytes);
        Id = Ids.New();
        MunicipalityId = report.MunicipalityId;
        ReportId = report.Id;
        ObjectiveId = report.ObjectiveId;
        FileName = Path.GetFileName(fileName!.Trim());
        if (FileName.Length > 255)
        {
            throw new DomainException("Nome del file: al massimo 255 caratteri.", "file");
        }

        SizeBytes = content.Length;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        UploadedByPersonId = byPersonId;
        UploadedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid ReportId { get; private set; }

    public Guid ObjectiveId { get; private set; }

    public string FileName { get; private set; } = "";

    public EvidenceFileType Type { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; } = "";

    public Guid UploadedByPersonId { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string ContentType => EvidenceContent.ContentType(Type);
}
