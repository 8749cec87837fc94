using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Acceptance;

/// <summary>
/// Issue 7's acceptance for reporting and the NIV's measure, in Chromium on a comune of its own in Rendicontazione
/// (<see cref="MeasurementEnte"/>): the head of Settore I reports a result with acts and a real PDF as evidence and
/// sends it to the NIV; the NIV scores the unit's three objectives (one overridden with a reason, one with
/// third-party delay, one excluded), sees original vs effective weights and the weighted result as the API computes
/// them, and both NIV members sign before the board agrees each value; the Giunta enters the ente's performance and
/// the NIV validates it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MeasuringInTheBrowser(PiaoAppFixture app)
{
    // A minimal real PDF: the domain reads the type from these bytes.
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task TheResponsabileReportsAResultWithActsAndEvidenceAndSendsItToTheNiv()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        var card = ente.Cards[0];
        await using var browser = await app.NewPageAsync();
        await app.Accounts.SignInAsync(browser, ente.Head, MeasurementEnte.Password);
        var report = new ReportPage(browser);

        // From the card, with the plan in Rendicontazione.
        await browser.Page.GotoAsync($"obiettivi/{card}", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
        await browser.Page.GetByTestId("report-objective-link").ClickAsync();
        await Expect(report.Status).ToHaveTextAsync("Da inviare");
        await report.GotoAsync(card, 2024);
        await Expect(report.EvidenceLimit).ToContainTextAsync("Dimensione massima: 10 MB");
        await report.FillAsync("measured-value", "80");
        await report.FillAsync("realized-pct", "80");
        await report.FillAsync("report-text", "Attivate 8 procedure su 10 previste.");
        await report.AddActAsync("45", "2024-11-28");
        await report.SaveAsync();

        await report.UploadAsync("relazione.pdf", "application/pdf", Pdf);
        await Expect(report.EvidenceItems).ToHaveCountAsync(1);
        await Expect(report.EvidenceItems.First).ToContainTextAsync("relazione.pdf");
        await Expect(report.EvidenceItems.First).ToContainTextAsync("PDF");

        // A PDF under an image's name is refused by its content; nothing is added.
        await report.UploadAsync("foto.png", "image/png", Pdf);
        await Expect(report.UploadError).ToContainTextAsync("non è ciò che il nome dichiara");
        await Expect(report.EvidenceItems).ToHaveCountAsync(1);

        await report.SubmitButton.ClickAsync();
        await Expect(report.Status).ToContainTextAsync("Inviata al NIV");
        await Expect(report.Summary).ToContainTextAsync("n. 45 del 28/11/2024");
        await Expect(report.Summary).ToContainTextAsync("Attivate 8 procedure su 10 previste.");
        await Expect(report.Form).ToHaveCountAsync(0);

        // The download link serves the same bytes, to anyone of the ente.
        var href = await report.EvidenceItems.First.Locator("a").GetAttributeAsync("href");
        using var giunta = await app.Accounts.ClientAsync(ente.Giunta, MeasurementEnte.Password);
        (await giunta.GetByteArrayAsync(href!.TrimStart('/'))).ShouldBe(Pdf);
        var stored = await giunta.GetFromJsonAsync<JsonObject>($"api/v1/objectives/{card}/report?year=2024");
        ((decimal?)stored!["measuredValue"]).ShouldBe(80m);
        ((string?)stored["submittedAt"]).ShouldNotBeNull();
    }

    [Fact]
    public async Task TheNivScoresTheUnitWithAnOverrideADelayAndAnExclusionSeesTheReweightingSignsAndAgrees()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        var (overridden, delayed, excluded) = (ente.Cards[0], ente.Cards[1], ente.Cards[2]);
        using (var head = await app.Accounts.ClientAsync(ente.Head, MeasurementEnte.Password))
        {
            var saved = await ReadAsync(await head.PutAsJsonAsync($"api/v1/objectives/{overridden}/report",
                new { year = 2024, measuredValue = 80, reportText = "Attivate 8 procedure su 10." }));
            await ReadAsync(await head.PostAsJsonAsync($"api/v1/objectives/{overridden}/report/submit", new { year = 2024, version = (uint?)saved["version"] }));
        }

        await using (var niv1 = await app.NewPageAsync())
        {
            await app.Accounts.SignInAsync(niv1, ente.Niv1, MeasurementEnte.Password);
            var workspace = new NivWorkspacePage(niv1);
            await workspace.GotoAsync(ente.PlanId, ente.UnitId, 2024);

            // The rule proposes 100 % for 80 against the 75 threshold, and says why.
            await Expect(workspace.Card(overridden).GetByTestId("proposed")).ToHaveTextAsync("100 %");
            await Expect(workspace.Card(overridden).GetByTestId("explanation").Locator("li").First).ToBeVisibleAsync();

            // An override needs its reason: refused under the field, nothing saved.
            await workspace.FillAsync(overridden, "override-pct", "90");
            await workspace.Card(overridden).GetByTestId("save-measure").ClickAsync();
            await Expect(workspace.Card(overridden).Locator(".validation-message")).ToContainTextAsync("Motivazione della modifica del valore");
            await workspace.FillAsync(overridden, "override-reason", "Due procedure attivate fuori termine");
            await workspace.SaveAsync(overridden);

            await workspace.CheckAsync(delayed, "third-party");
            await workspace.FillAsync(delayed, "third-party-reason", "Parere della Regione giunto a dicembre");
            await workspace.FillAsync(delayed, "third-party-evidence", "Nota regionale prot. 1234 del 15/12/2024");
            await workspace.SaveAsync(delayed);

            await workspace.CheckAsync(excluded, "excluded");
            await workspace.FillAsync(excluded, "exclusion-reason", "Funzione non esercitata nell'anno");
            await workspace.SaveAsync(excluded);

            await Expect(workspace.Card(overridden).GetByTestId("effective")).ToHaveTextAsync("90 %");
            await Expect(workspace.Card(delayed).GetByTestId("effective")).ToHaveTextAsync("100 %");
            await Expect(workspace.Card(excluded).GetByTestId("effective")).ToHaveTextAsync("escluso");
            await Expect(workspace.OriginalWeight(overridden)).ToHaveTextAsync("50 %");
            await Expect(workspace.OriginalWeight(delayed)).ToHaveTextAsync("30 %");
            await Expect(workspace.OriginalWeight(excluded)).ToHaveTextAsync("20 %");
            await Expect(workspace.EffectiveWeight(overridden)).ToHaveTextAsync("62,5 %");
            await Expect(workspace.EffectiveWeight(delayed)).ToHaveTextAsync("37,5 %");
            await Expect(workspace.WeightRow(excluded).GetByTestId("excluded-badge")).ToBeVisibleAsync();
            await Expect(workspace.WeightedResult).ToHaveTextAsync("93,75 %");

            foreach (var card in ente.Cards)
            {
                await workspace.SignOffAsync(card);
            }

            await Expect(workspace.Card(overridden).GetByTestId("sign-off-count")).ToContainTextAsync("1 di 2");

            // The board is two: one signature is not an agreement.
            await workspace.Card(overridden).GetByTestId("agree").ClickAsync();
            await Expect(workspace.Card(overridden).GetByTestId("measure-error")).ToBeVisibleAsync();
            await Expect(workspace.Card(overridden).GetByTestId("measure-final")).ToHaveCountAsync(0);
        }

        await using (var niv2 = await app.NewPageAsync())
        {
            await app.Accounts.SignInAsync(niv2, ente.Niv2, MeasurementEnte.Password);
            var workspace = new NivWorkspacePage(niv2);
            await workspace.GotoAsync(ente.PlanId, ente.UnitId, 2024);
            foreach (var card in ente.Cards)
            {
                await workspace.SignOffAsync(card);
                await Expect(workspace.Card(card).GetByTestId("sign-off-count")).ToContainTextAsync("2 di 2");
                await workspace.AgreeAsync(card);
                await Expect(workspace.Card(card).GetByTestId("measure-final")).ToBeVisibleAsync();
            }

            await Expect(workspace.Page.GetByTestId("measure-form")).ToHaveCountAsync(0);
            await Expect(workspace.WeightedResult).ToHaveTextAsync("93,75 %");
        }

        // What is left: Settore I is done, Settore II has everything to do.
        await using (var niv1 = await app.NewPageAsync())
        {
            await app.Accounts.SignInAsync(niv1, ente.Niv1, MeasurementEnte.Password);
            await niv1.Page.GotoAsync("", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
            await niv1.Page.GetByTestId("nav-niv").ClickAsync();
            var rows = niv1.Page.GetByTestId("niv-overview-row");
            await Expect(rows.Filter(new() { HasText = "Settore I di Misurata" }).GetByTestId("left")).ToHaveTextAsync("Completata");
            await Expect(rows.Filter(new() { HasText = "Settore II di Misurata" }).GetByTestId("left"))
                .ToHaveTextAsync("1 da rendicontare; 1 da misurare; 1 da sottoscrivere; 1 da concordare");
        }

        // The page's numbers are the API's.
        using var giunta = await app.Accounts.ClientAsync(ente.Giunta, MeasurementEnte.Password);
        var weights = await giunta.GetFromJsonAsync<JsonObject>($"api/v1/plans/{ente.PlanId}/units/{ente.UnitId}/weights?year=2024");
        ((decimal?)weights!["weightedAchievement"]).ShouldBe(93.75m);
        var achievements = await giunta.GetFromJsonAsync<JsonNode>($"api/v1/plans/{ente.PlanId}/achievements?year=2024");
        achievements!.ToJsonString().ShouldContain(excluded.ToString());
    }

    [Fact]
    public async Task TheGiuntaEntersTheEntesPerformanceAndTheNivValidatesIt()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        await using (var giunta = await app.NewPageAsync())
        {
            await app.Accounts.SignInAsync(giunta, ente.Giunta, MeasurementEnte.Password);
            await giunta.Page.GotoAsync($"piani/{ente.PlanId}/performance-ente?anno=2024");
            var value = giunta.Page.GetByTestId("ente-value");
            await value.FillAsync("120");
            await value.DispatchEventAsync("change");
            await giunta.Page.GetByTestId("ente-save").ClickAsync();
            await Expect(giunta.Page.Locator(".validation-message")).ToContainTextAsync("tra 0 e 100");
            await value.FillAsync("87,5".Replace(',', '.'));
            await value.DispatchEventAsync("change");
            await giunta.Page.GetByTestId("ente-save").ClickAsync();
            await Expect(giunta.Page.GetByTestId("ente-saved")).ToHaveTextAsync("Salvato.");
            await Expect(giunta.Page.GetByTestId("ente-figure")).ToContainTextAsync("87,5 %");
            await Expect(giunta.Page.GetByTestId("ente-validate")).ToHaveCountAsync(0);
        }

        await using var niv = await app.NewPageAsync();
        await app.Accounts.SignInAsync(niv, ente.Niv1, MeasurementEnte.Password);
        await niv.Page.GotoAsync($"piani/{ente.PlanId}/performance-ente?anno=2024");
        await Expect(niv.Page.GetByTestId("ente-form")).ToHaveCountAsync(0);
        await niv.Page.GetByTestId("ente-validate").ClickAsync();
        await Expect(niv.Page.GetByTestId("ente-figure")).ToContainTextAsync("Validata dal NIV");
        await Expect(niv.Page.GetByTestId("ente-validate")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ASaveOverSomeoneElsesIsToldSoAndKeepsWhatWasTyped()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        var card = ente.Cards[0];
        await using var browser = await app.NewPageAsync();
        await app.Accounts.SignInAsync(browser, ente.Head, MeasurementEnte.Password);
        var report = new ReportPage(browser);
        await report.GotoAsync(card, 2024);
        await report.FillAsync("report-text", "Testo scritto nel browser");

        using (var head = await app.Accounts.ClientAsync(ente.Head, MeasurementEnte.Password))
        {
            await ReadAsync(await head.PutAsJsonAsync($"api/v1/objectives/{card}/report", new { year = 2024, realizedPct = 40, reportText = "Salvato da un'altra sessione" }));
        }

        await browser.Page.GetByTestId("save-report").ClickAsync();

        await Expect(report.Error).ToContainTextAsync("Qualcun altro ha salvato nel frattempo");
        await Expect(browser.Page.GetByTestId("report-text")).ToHaveValueAsync("Testo scritto nel browser");
        using var giunta = await app.Accounts.ClientAsync(ente.Giunta, MeasurementEnte.Password);
        var stored = await giunta.GetFromJsonAsync<JsonObject>($"api/v1/objectives/{card}/report?year=2024");
        ((string?)stored!["reportText"]).ShouldBe("Salvato da un'altra sessione");
    }

    [Fact]
    public async Task TheNivReopensASentReportOnlyWithAReasonAndTheResponsabileMayWriteAgain()
    {
        var ente = await MeasurementEnte.CreateAsync(app.Services);
        var card = ente.Cards[1];
        using (var head = await app.Accounts.ClientAsync(ente.Head, MeasurementEnte.Password))
        {
            var saved = await ReadAsync(await head.PutAsJsonAsync($"api/v1/objectives/{card}/report", new { year = 2024, realizedPct = 70, reportText = "Relazione." }));
            await ReadAsync(await head.PostAsJsonAsync($"api/v1/objectives/{card}/report/submit", new { year = 2024, version = (uint?)saved["version"] }));
        }

        await using (var niv = await app.NewPageAsync())
        {
            await app.Accounts.SignInAsync(niv, ente.Niv1, MeasurementEnte.Password);
            var report = new ReportPage(niv);
            await report.GotoAsync(card, 2024);
            await Expect(report.Form).ToHaveCountAsync(0);
            await niv.Page.GetByTestId("reopen-report").ClickAsync();
            await Expect(niv.Page.GetByTestId("reopen-form").Locator(".validation-message")).ToHaveTextAsync("Motivo della riapertura: campo obbligatorio.");
            await Expect(report.Status).ToContainTextAsync("Inviata al NIV");

            await report.FillAsync("reopen-reason", "Manca la determina di liquidazione");
            await niv.Page.GetByTestId("reopen-report").ClickAsync();
            await Expect(report.Status).ToHaveTextAsync("Riaperta");
            await Expect(niv.Page.GetByTestId("reopenings")).ToContainTextAsync("Manca la determina di liquidazione");
            await Expect(niv.Page.GetByTestId("reopen-form")).ToHaveCountAsync(0);
        }

        await using var responsabile = await app.NewPageAsync();
        await app.Accounts.SignInAsync(responsabile, ente.Head, MeasurementEnte.Password);
        var own = new ReportPage(responsabile);
        await own.GotoAsync(card, 2024);
        await Expect(own.Form).ToBeVisibleAsync();
        await own.AddActAsync("112", "2024-12-20");
        await own.SaveAsync();
        await own.SubmitButton.ClickAsync();
        await Expect(own.Status).ToContainTextAsync("Inviata al NIV");
        await Expect(responsabile.Page.GetByTestId("reopenings")).ToContainTextAsync("chiusa il");
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.ShouldBeTrue(body);
            return JsonNode.Parse(body)!.AsObject();
        }
    }
}
