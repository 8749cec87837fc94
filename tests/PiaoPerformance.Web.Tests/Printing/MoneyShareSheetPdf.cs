using System.Net;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Printing;

/// <summary>SPEC §4.16: the PDF of a money-share ente's sheet prints the money lines of the explanation and the amount.</summary>
[Collection(AppCollection.Name)]
public sealed class MoneyShareSheetPdf(PiaoAppFixture app)
{
    [Fact]
    public async Task TheSheetPdfPrintsTheSharesAndTheAmount()
    {
        var ente = await MoneyShareEnte.CreateAsync(app.Services);
        var niv = await app.Accounts.ClientAsync(ente.Niv, MoneyShareEnte.Password);

        using var response = await niv.GetAsync($"api/v1/sheets/{ente.SheetId}/pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await PdfDocument.ReadAsync(await response.Content.ReadAsByteArrayAsync(), "scheda-quote");
        var text = PdfDocument.WithoutHyphens(pdf.Text);

        text.ShouldContain(PdfDocument.WithoutHyphens("IMPORTO – MODELLO A QUOTE"), Case.Sensitive, pdf.Path);
        text.ShouldContain(PdfDocument.WithoutHyphens("Quota dell'indennità spettante: 64 % di € 3.000,00 = € 1.920,00."), Case.Sensitive, pdf.Path);
        text.ShouldContain(PdfDocument.WithoutHyphens("nessuna ulteriore decurtazione del 30 %"), Case.Sensitive, pdf.Path);
        text.ShouldContain(PdfDocument.WithoutHyphens("Importo spettante € 1.920,00"), Case.Sensitive, pdf.Path);
    }
}
