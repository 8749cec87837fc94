using PiaoPerformance.Infrastructure.Pdf;

namespace PiaoPerformance.Infrastructure.Tests.Pdf;

public sealed class PdfDestinationsTests
{
    [Fact]
    public void ReadsThePageOfEachNamedDestinationFromPdfinfo()
    {
        const string output = """
            Page  Destination                 Name
               1 [ XYZ    6  757 null      ] "struttura"
               3 [ XYZ    6  670 null      ] "unita-i"
              12 [ XYZ   36  801 null      ] "indicazioni-metodologiche"
            """;

        var pages = PdfDestinations.Parse(output);

        pages.ShouldBe(new Dictionary<string, int> { ["struttura"] = 1, ["unita-i"] = 3, ["indicazioni-metodologiche"] = 12 });
    }
}

public sealed class PdfArchiverTextTests
{
    [Theory]
    [InlineData("PREVENZIONE DELLA CORRUZIONE, TRASPARENZA E LEGALITÀ'", "PREVENZIONE DELLA CORRUZIONE, TRASPARENZA E LEGALITA'")]
    [InlineData("SETTORE I – SERVIZI “SOCIALI”", "SETTORE I - SERVIZI \"SOCIALI\"")]
    [InlineData("Città di Façade", "Citta di Facade")]
    public void TitlesAreWrittenInAsciiBecauseGhostscriptDropsOtherDocinfoStrings(string text, string ascii) =>
        PdfArchiver.Ascii(text).ShouldBe(ascii);

    [Fact]
    public void PostScriptStringsEscapeParenthesesAndBackslashes() =>
        PdfArchiver.PostScriptString(@"Comune (BA) \ prova").ShouldBe(@"Comune \(BA\) \\ prova");
}
