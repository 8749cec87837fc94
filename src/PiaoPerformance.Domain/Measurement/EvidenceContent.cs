using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// What an evidence file really is, read from its first bytes (magic numbers), never from its name: a PDF starts
/// with <c>%PDF-</c>, a PNG with its 8-byte signature, a JPEG with <c>FF D8 FF</c>. A file must be one of these, no
/// larger than the ente's limit, and named with an extension that matches its content (a PDF renamed .png is refused,
/// so that what the NIV opens is what the list says).
/// </summary>
public static class EvidenceContent
{
    /// <summary>The limit when the ente has set none: 10 MB.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    /// <summary>The type the content shows, or null when it is none of the accepted ones.</summary>
    public static EvidenceFileType? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfMagic) ? EvidenceFileType.Pdf
        : content.StartsWith(PngMagic) ? EvidenceFileType.Png
        : content.StartsWith(JpegMagic) ? EvidenceFileType.Jpeg
        : null;

    /// <summary>The MIME type the download is served with.</summary>
    public static string ContentType(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "application/pdf",
        EvidenceFileType.Png => "image/png",
        _ => "image/jpeg",
    };

    /// <summary>
    /// Checks an upload and returns its type. Refused (field <c>file</c>): no name, empty, over
    /// <paramref name="maxBytes"/>, content that is not PDF/PNG/JPEG, or a name whose extension says otherwise.
    /// </summary>
    public static EvidenceFileType Check(string? fileName, ReadOnlySpan<byte> content, long maxBytes)
    {
        var name = Guard.Required(fileName, "file", "Nome del file");
        if (content.Length == 0)
        {
            throw new DomainException($"Il file «{name}» è vuoto.", "file");
        }

        if (content.Length > maxBytes)
        {
            throw new DomainException(
                $"Il file «{name}» supera la dimensione massima consentita di {Megabytes(maxBytes)} MB ({Megabytes(content.Length)} MB).", "file");
        }

        var type = Sniff(content) ?? throw new DomainException(
            $"Il file «{name}» non è un PDF, un'immagine PNG o JPEG: il contenuto non corrisponde a nessuno dei formati ammessi.", "file");
        var declared = TypeOfName(name);
        if (declared != type)
        {
            throw new DomainException(
                $"Il file «{name}» non è ciò che il nome dichiara: il contenuto è {Describe(type)}. Rinominarlo con l'estensione corretta ({Extensions(type)}).",
                "file");
        }

        return type;
    }

    private static EvidenceFileType? TypeOfName(string name) =>
        Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".pdf" => EvidenceFileType.Pdf,
            ".png" => EvidenceFileType.Png,
            ".jpg" or ".jpeg" => EvidenceFileType.Jpeg,
            _ => null,
        };

    private static string Describe(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "un documento PDF",
        EvidenceFileType.Png => "un'immagine PNG",
        _ => "un'immagine JPEG",
    };

    private static string Extensions(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => ".pdf",
        EvidenceFileType.Png => ".png",
        _ => ".jpg o .jpeg",
    };

    private static string Megabytes(long bytes) => Format.Number(Math.Round(bytes / 1048576m, 2, MidpointRounding.AwayFromZero));
}
