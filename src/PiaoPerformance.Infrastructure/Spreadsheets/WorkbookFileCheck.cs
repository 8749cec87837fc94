using System.IO.Compression;
using System.Text;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Refuses a file before any XML is parsed: over the size limit, not a zip (a PDF, an old .xls), an encrypted
/// (password-protected) CFB container, a macro-enabled workbook, or a zip whose entries would inflate beyond
/// <see cref="MaxUncompressedBytes"/> or at a bomb-like ratio. Entry sizes are first taken from the zip directory,
/// then counted while inflating into nothing, since a forged directory can lie.
/// </summary>
public static class WorkbookFileCheck
{
    /// <summary>The most the entries of one workbook may inflate to, together.</summary>
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;

    /// <summary>An entry inflating more than this many times, past <see cref="RatioFloorBytes"/>, is refused.</summary>
    public const long MaxRatio = 100;

    public const long RatioFloorBytes = 10L * 1024 * 1024;

    public const int MaxEntries = 2000;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Cfb = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <exception cref="WorkbookRefusedException">The Italian reason.</exception>
    public static void Check(string? fileName, byte[] content, long maxBytes)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? "il file" : $"«{Path.GetFileName(fileName)}»";
        if (content.Length > maxBytes)
        {
            throw new WorkbookRefusedException($"Il file {name} supera la dimensione massima consentita di {Megabytes(maxBytes)} MB.");
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".xlsm" or ".xltm" or ".xlam" or ".xlsb")
        {
            throw new WorkbookRefusedException($"Il file {name} è una cartella di lavoro con macro o binaria ({extension}): salvarla come «Cartella di lavoro di Excel (.xlsx)».");
        }

        if (content.AsSpan().StartsWith(Cfb))
        {
            throw new WorkbookRefusedException(IsEncrypted(content)
                ? $"Il file {name} è protetto da password (cifrato): toglierla in Excel (File > Informazioni > Proteggi cartella di lavoro) e salvarlo di nuovo."
                : $"Il file {name} è nel vecchio formato Excel 97-2003 (.xls): salvarlo come «Cartella di lavoro di Excel (.xlsx)».");
        }

        if (!content.AsSpan().StartsWith(Zip))
        {
            throw new WorkbookRefusedException(content.AsSpan().StartsWith("%PDF"u8)
                ? $"Il file {name} è un PDF, non una cartella di lavoro Excel (.xlsx)."
                : $"Il file {name} non è una cartella di lavoro Excel (.xlsx).");
        }

        CheckEntries(name, content);
    }

    private static void CheckEntries(string name, byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw Bomb(name);
            }

            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > MaxUncompressedBytes || (entry.Length > RatioFloorBytes && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength)))
                {
                    throw Bomb(name);
                }

                if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                {
                    throw Macro(name);
                }
            }

            var contentTypes = zip.GetEntry("[Content_Types].xml") ?? throw new WorkbookRefusedException($"Il file {name} non è una cartella di lavoro Excel (.xlsx): manca l'elenco dei contenuti.");
            using (var reader = new StreamReader(contentTypes.Open(), Encoding.UTF8))
            {
                var types = ReadCapped(reader, 1024 * 1024);
                if (types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                {
                    throw Macro(name);
                }

                if (!types.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase))
                {
                    throw new WorkbookRefusedException($"Il file {name} non è una cartella di lavoro Excel (.xlsx) (forse un documento Word o PowerPoint).");
                }
            }

            long inflated = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    inflated += read;
                    if (inflated > MaxUncompressedBytes)
                    {
                        throw Bomb(name);
                    }
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new WorkbookRefusedException($"Il file {name} è danneggiato: non si riesce a leggerlo come cartella di lavoro .xlsx.");
        }
    }

    private static string ReadCapped(StreamReader reader, int max)
    {
        var chars = new char[max];
        var count = reader.ReadBlock(chars, 0, max);
        return new string(chars, 0, count);
    }

    // An encrypted OOXML file is a CFB container with the streams "EncryptionInfo" and "EncryptedPackage"; their
    // names sit in the directory sectors as UTF-16.
    private static bool IsEncrypted(byte[] content) =>
        content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0
        || content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;

    private static WorkbookRefusedException Bomb(string name) => new(
        $"Il file {name} si espande oltre {Megabytes(MaxUncompressedBytes)} MB o con un rapporto di compressione anomalo: rifiutato per sicurezza (possibile «zip bomb»).");

    private static WorkbookRefusedException Macro(string name) => new(
        $"Il file {name} contiene macro (VBA): per sicurezza si importano solo cartelle di lavoro .xlsx senza macro.");

    private static string Megabytes(long bytes) => Domain.Common.Format.Number(Math.Round(bytes / 1024m / 1024m, 1));
}
