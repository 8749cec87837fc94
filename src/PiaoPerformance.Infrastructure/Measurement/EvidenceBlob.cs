namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>
/// The bytes of one evidence file, in a table of their own (bytea) so that listing a report's files never reads them:
/// they are loaded only when the file is downloaded. Not a domain entity, so the audit trail does not copy the bytes;
/// the <see cref="Domain.Measurement.EvidenceFile"/> row (name, type, size, SHA-256) is audited.
/// </summary>
public sealed class EvidenceBlob
{
    private EvidenceBlob()
    {
    }

    public EvidenceBlob(Guid evidenceFileId, Guid municipalityId, byte[] content)
    {
        Id = evidenceFileId;
        MunicipalityId = municipalityId;
        Content = content;
    }

    /// <summary>The <see cref="Domain.Measurement.EvidenceFile"/>'s id.</summary>
    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public byte[] Content { get; private set; } = [];
}
