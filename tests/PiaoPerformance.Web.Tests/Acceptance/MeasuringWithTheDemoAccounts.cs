using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Acceptance;

/// <summary>
/// Issue 7's acceptance with the demo accounts themselves, on an app and database of its own (the demo plan is approved
/// and taken to Rendicontazione, which the suite's shared demo plan must not be): <c>resp1</c> reports objective I.1
/// with an act and a PDF as evidence and sends it; <c>niv</c> scores Settore I — I.3 overridden with a reason, I.4
/// delayed by third parties, I.5 excluded — and sees original against effective weights, the same figures as the API;
/// the agreed value of I.1 then fills the card's "Realizzata" cell.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MeasuringWithTheDemoAccounts(PiaoAppFixture suite) : IAsyncLifetime
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private OwnApp _app = null!;

    public async Task InitializeAsync() => _app = await OwnApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Resp1ReportsWithEvidenceAndTheNivExcludesDelaysOverridesAndSeesTheReweighting()
    {
        var segretario = await _app.Accounts.ClientAsync("segretario");
        var planId = await segretario.DemoPlanIdAsync();
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await segretario.PostAsJsonAsync($"api/v1/plans/{planId}/approve", new { deliberationNumber = "9", deliberationDate = yesterday })).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var step = 0; step < 2; step++)
        {
            (await segretario.PostAsync($"api/v1/plans/{planId}/advance", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var plan = await segretario.DemoPlanAsync();
        ((string?)plan["state"]).ShouldBe("Rendicontazione");
        var unitI = Guid.Parse((string)plan["units"]!.AsArray().Single(u => (string?)u!["code"] == "I")!["id"]!);
        var cards = new Dictionary<int, Guid>();
        foreach (var n in new[] { 1, 3, 4, 5 })
        {
            cards[n] = await segretario.ObjectiveIdAsync("I", n);
        }

        await using (var resp1 = await suite.NewPageAsync(_app, "resp1"))
        {
            var report = new ReportPage(resp1);
            await report.GotoAsync(cards[1], 2024);
            await report.FillAsync("realized-pct", "100");
            await report.FillAsync("report-text", "Installati i nuovi personal computer in tutti gli uffici.");
            await report.AddActAsync("112", "2024-10-15");
            await report.SaveAsync();
            await report.UploadAsync("verbale-collaudo.pdf", "application/pdf", Pdf);
            await Expect(report.EvidenceItems).ToHaveCountAsync(1);
            await report.SubmitButton.ClickAsync();
            await Expect(report.Status).ToContainTextAsync("Inviata al NIV");
            await Expect(report.Summary).ToContainTextAsync("n. 112 del 15/10/2024");
        }

        await using (var niv = await suite.NewPageAsync(_app, "niv"))
        {
            var workspace = new NivWorkspacePage(niv);
            await workspace.GotoAsync(planId, unitI, 2024);
            await workspace.FillAsync(cards[3], "override-pct", "80");
            await workspace.FillAsync(cards[3], "override-reason", "Colonia marina svolta per tre settimane su quattro");
            await workspace.SaveAsync(cards[3]);
            await workspace.CheckAsync(cards[4], "third-party");
            await workspace.FillAsync(cards[4], "third-party-reason", "Convenzione con l'ente del Terzo Settore firmata dalla controparte a dicembre");
            await workspace.FillAsync(cards[4], "third-party-evidence", "Nota prot. 4411 del 12/12/2024");
            await workspace.SaveAsync(cards[4]);
            await workspace.CheckAsync(cards[5], "excluded");
            await workspace.FillAsync(cards[5], "exclusion-reason", "Nessun alloggio E.R.P. disponibile nell'anno");
            await workspace.SaveAsync(cards[5]);

            await Expect(workspace.Card(cards[3]).GetByTestId("effective")).ToHaveTextAsync("80 %");
            await Expect(workspace.Card(cards[4]).GetByTestId("effective")).ToHaveTextAsync("100 %");
            await Expect(workspace.Card(cards[5]).GetByTestId("effective")).ToHaveTextAsync("escluso");
            await Expect(workspace.OriginalWeight(cards[5])).ToHaveTextAsync("10 %");
            await Expect(workspace.WeightRow(cards[5]).GetByTestId("excluded-badge")).ToBeVisibleAsync();
            await Expect(workspace.OriginalWeight(cards[1])).ToHaveTextAsync("15 %");
            await Expect(workspace.EffectiveWeight(cards[1])).Not.ToHaveTextAsync("15 %");

            // The page's figures are the API's (the engine's reweighting, not arithmetic in the page).
            var weights = await (await _app.Accounts.ClientAsync("niv")).GetJsonAsync($"api/v1/plans/{planId}/units/{unitI}/weights?year=2024");
            var row = weights["rows"]!.AsArray().Single(r => (string?)r!["objectiveId"] == cards[1].ToString())!;
            await Expect(workspace.EffectiveWeight(cards[1])).ToHaveTextAsync(Percent((decimal)row["effectiveWeight"]!));

            // One NIV member in the demo: their signature is the board's; the agreed value of I.1 is final.
            await workspace.SignOffAsync(cards[1]);
            await workspace.AgreeAsync(cards[1]);
            await Expect(workspace.Card(cards[1]).GetByTestId("measure-final")).ToBeVisibleAsync();

            var card = new ObjectiveCardPage(niv);
            await card.GotoAsync(cards[1]);
            await Expect(card.Card.GetByTestId("year-targets").Locator("td[data-year='2024'][data-kind='realizzata']")).ToHaveTextAsync("100 %");
        }

        // The PIAO 2.2 PDF prints it too (the Relazione view): I.1's table had only 50 % and "//" before.
        var pdf = await PdfDocument.ReadAsync(await segretario.GetByteArrayAsync($"api/v1/plans/{planId}/piao.pdf"), "relazione");
        var text = string.Join(' ', pdf.Pages);
        var start = text.IndexOf("Adeguamento tecnologico dei personal computer", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        var end = text.IndexOf("Obiettivo n. 2", start, StringComparison.Ordinal);
        text[start..end].ShouldContain("100 %", customMessage: "the agreed value in I.1's Realizzata 2024 cell");
    }

    private static string Percent(decimal value) => Web.Formatting.Fmt.Percent(value);
}
