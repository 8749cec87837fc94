using System.Text;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Measurement;

public sealed class EvidenceContentTests
{
    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    internal static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];
    internal static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    [Theory]
    [InlineData("relazione.pdf", 0, EvidenceFileType.Pdf)]
    [InlineData("foto cantiere.PNG", 1, EvidenceFileType.Png)]
    [InlineData("verbale.jpg", 2, EvidenceFileType.Jpeg)]
    [InlineData("verbale.jpeg", 2, EvidenceFileType.Jpeg)]
    public void AFileIsAcceptedWhenItsContentAndItsNameAgree(string name, int sample, EvidenceFileType expected)
    {
        byte[][] samples = [Pdf, Png, Jpeg];

        EvidenceContent.Check(name, samples[sample], EvidenceContent.DefaultMaxBytes).ShouldBe(expected);
    }

    [Fact]
    public void APdfRenamedPngIsRefusedBecauseTheContentIsAPdf()
    {
        var error = DomainAssert.Refuses(() => EvidenceContent.Check("foto.png", Pdf, EvidenceContent.DefaultMaxBytes), "file");

        error.Message.ShouldBe("Il file «foto.png» non è ciò che il nome dichiara: il contenuto è un documento PDF. Rinominarlo con l'estensione corretta (.pdf).");
    }

    [Fact]
    public void AnExecutableRenamedPdfIsRefusedWhateverItsName()
    {
        var error = DomainAssert.Refuses(() => EvidenceContent.Check("relazione.pdf", Exe, EvidenceContent.DefaultMaxBytes), "file");

        error.Message.ShouldBe("Il file «relazione.pdf» non è un PDF, un'immagine PNG o JPEG: il contenuto non corrisponde a nessuno dei formati ammessi.");
        EvidenceContent.Sniff(Exe).ShouldBeNull();
    }

    [Fact]
    public void AFileOverTheEntesLimitIsRefusedNamingTheLimit()
    {
        var big = new byte[(int)EvidenceContent.DefaultMaxBytes + 1];
        Pdf.CopyTo(big, 0);

        var error = DomainAssert.Refuses(() => EvidenceContent.Check("grande.pdf", big, EvidenceContent.DefaultMaxBytes), "file");

        error.Message.ShouldStartWith("Il file «grande.pdf» supera la dimensione massima consentita di 10 MB");
        EvidenceContent.Check("grande.pdf", big, EvidenceContent.DefaultMaxBytes + 1).ShouldBe(EvidenceFileType.Pdf, "exactly at the limit is accepted");
    }

    [Fact]
    public void AnEmptyFileAndAFileWithoutNameAreRefused()
    {
        DomainAssert.Refuses(() => EvidenceContent.Check("vuoto.pdf", [], EvidenceContent.DefaultMaxBytes), "file").Message.ShouldBe("Il file «vuoto.pdf» è vuoto.");
        DomainAssert.Refuses(() => EvidenceContent.Check(" ", Pdf, EvidenceContent.DefaultMaxBytes), "file").Message.ShouldBe("Nome del file: campo obbligatorio.");
    }

    [Fact]
    public void AnEvidenceFileKeepsItsTypeSizeAndHashFromTheContent()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);

        var file = new EvidenceFile(report, "cartella/relazione.pdf", Pdf, EvidenceContent.DefaultMaxBytes, Guid.NewGuid(), MeasurementPlans.At);

        (file.FileName, file.Type, file.ContentType, file.SizeBytes).ShouldBe(("relazione.pdf", EvidenceFileType.Pdf, "application/pdf", (long)Pdf.Length));
        file.Sha256.Length.ShouldBe(64);
        (file.ReportId, file.ObjectiveId, file.MunicipalityId).ShouldBe((report.Id, objective.Id, plan.Municipality.Id));
    }
}
