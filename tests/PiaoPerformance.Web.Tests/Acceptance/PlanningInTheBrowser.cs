using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Acceptance;

/// <summary>
/// Issue 6's acceptance, end to end in Chromium on an app and database of its own (the plan is approved at the end,
/// which the suite's shared demo plan must not be): resp1 writes a card of Settore I with two indicators, a
/// 2024/2025/2026 table with "//" in 2026, a numeric-threshold rule and two phases, watches the weight total move,
/// balances it and sends the unit; the Segretario sees what blocks another unit, approves once it is fixed; the card
/// is then read-only for resp1 on screen and in the service; the audit page shows each change.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class PlanningInTheBrowser(PiaoAppFixture suite) : IAsyncLifetime
{
    private const string NewTitle = "Sportello unico digitale per i servizi sociali";
    private static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private OwnApp _app = null!;

    public async Task InitializeAsync() => _app = await OwnApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AResponsabileWritesAndSendsACardTheSegretarioApprovesAndEveryChangeIsAudited()
    {
        var segretarioApi = await _app.Accounts.ClientAsync("segretario");
        var plan = await segretarioApi.DemoPlanAsync();
        var planId = Guid.Parse((string)plan["id"]!);
        var unitI = UnitId(plan, "I");

        // Another unit breaks its weights before anyone looks: Settore II goes to 110 %.
        var resp2 = await _app.Accounts.ClientAsync("resp2");
        var secondUnitCard = await resp2.ObjectiveIdAsync("II", 1);
        (await PutWeightAsync(resp2, secondUnitCard, 20m)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // resp1 writes the new card; the live total moves from 100 % to 105 % as the weight is typed.
        Guid created;
        await using (var resp1 = await suite.NewPageAsync(_app, "resp1"))
        {
            var editor = new CardEditorPage(resp1);
            await editor.GotoNewAsync(planId, unitI);
            await Expect(editor.WeightTotal).ToHaveTextAsync("Totale pesi 100 %");
            await editor.FillAsync("ed-title", NewTitle);
            await editor.FillAsync("ed-weight", "5");
            await Expect(editor.WeightTotal).ToHaveTextAsync("Totale pesi 105 %");
            await editor.AddIndicatorAsync("Istanze presentate online sul totale", "70");
            await editor.AddIndicatorAsync("Giorni medi di risposta", "20");
            await editor.SetYearAsync(2024, "60");
            await editor.SetYearAsync(2025, "100");
            await editor.NotApplicableAsync(2026);
            await editor.ThresholdRuleAsync(("Pieno", "70", "100"), ("Parziale", "35", "50"));
            await Expect(editor.RulePreviewLines.First).ToHaveTextAsync("se si raggiunge 70 → 100 %");
            await editor.AddPhaseAsync("Mappatura dei procedimenti", "2024-05-31");
            await editor.AddPhaseAsync("Apertura dello sportello", "2024-11-30");
            await editor.SaveAsync();
            await Expect(editor.Saved).ToHaveTextAsync("Salvato.");
            await Expect(editor.Page).ToHaveURLAsync(EditUrl());
            created = Guid.Parse(EditUrl().Match(editor.Page.Url).Groups[1].Value);

            // Objective n. 1 gives up 5 points: the position is back at 100 %.
            await editor.GotoAsync(await (await _app.Accounts.ClientAsync("resp1")).ObjectiveIdAsync("I", 1));
            await Expect(editor.WeightTotal).ToHaveTextAsync("Totale pesi 105 %");
            await editor.FillAsync("ed-weight", "10");
            await Expect(editor.WeightTotal).ToHaveTextAsync("Totale pesi 100 %");
            await editor.SaveAsync();
            await Expect(editor.Saved).ToHaveTextAsync("Salvato.");

            var panel = new LifecyclePanelPage(resp1);
            await panel.GotoAsync(planId);
            await panel.SubmitButton("I").ClickAsync();
            await Expect(panel.UnitState("I")).ToHaveTextAsync("Inviata");
        }

        // The Segretario sees Settore II's problem (and none of Settore I), cannot approve, then approves once fixed.
        await using (var segretario = await suite.NewPageAsync(_app, "segretario"))
        {
            var panel = new LifecyclePanelPage(segretario);
            await panel.GotoAsync(planId);
            var problems = panel.ApproveForm.GetByTestId("approval-problems");
            await Expect(problems).ToContainTextAsync("Settore II");
            await Expect(problems).ToContainTextAsync("110 %");
            await Expect(problems).Not.ToContainTextAsync("Settore I –");
            await panel.FillApprovalAsync("21", Yesterday);
            await panel.ApproveAsync();
            await Expect(panel.ApproveForm.GetByTestId("approve-error")).ToBeVisibleAsync();
            await Expect(panel.State).ToHaveTextAsync("Bozza");

            (await PutWeightAsync(resp2, secondUnitCard, 10m)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await panel.GotoAsync(planId);
            await Expect(panel.ApproveForm.GetByTestId("approval-ready")).ToBeVisibleAsync();
            await panel.FillApprovalAsync("21", Yesterday);
            await panel.ApproveAsync();
            await Expect(panel.State).ToHaveTextAsync("Approvato");
        }

        // The approved card is read-only for resp1: no "Modifica", the editor says why, the service refuses.
        await using (var resp1 = await suite.NewPageAsync(_app, "resp1"))
        {
            var card = new ObjectiveCardPage(resp1);
            await card.GotoAsync(created);
            await Expect(card.Title).ToHaveTextAsync(NewTitle);
            await Expect(card.ExpectedTarget(2026)).ToHaveTextAsync("//");
            await Expect(card.Page.GetByTestId("edit-objective")).ToHaveCountAsync(0);
            var editor = new CardEditorPage(resp1);
            await editor.GotoAsync(created);
            await Expect(editor.Refused).ToBeVisibleAsync();
            await Expect(editor.Form).ToHaveCountAsync(0);
        }

        using (var refused = await PutWeightAsync(await _app.Accounts.ClientAsync("resp1"), created, 6m))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        // The audit page lists the card's creation by resp1, the weight moved on n. 1, the unit sent and the approval.
        await using (var audit = await suite.NewPageAsync(_app, "segretario"))
        {
            await audit.Page.GotoAsync($"registro?oggetto={created}");
            var createdRow = audit.Page.Locator($"tr[data-entity='{created}']");
            await Expect(createdRow.First).ToBeVisibleAsync();
            await Expect(createdRow.Filter(new() { HasText = "Creazione" })).ToHaveCountAsync(1);
            await Expect(createdRow.Filter(new() { HasText = "resp1" })).Not.ToHaveCountAsync(0);

            var firstCard = await segretarioApi.ObjectiveIdAsync("I", 1);
            await audit.Page.GotoAsync($"registro?oggetto={firstCard}");
            var weightChange = audit.Page.Locator($"tr[data-entity='{firstCard}']")
                .Filter(new() { HasText = "Modifica" }).Filter(new() { HasText = "resp1" }).Locator("tr[data-field='Weight']");
            await Expect(weightChange).ToHaveCountAsync(1);
            await Expect(weightChange.Locator(".audit-old")).ToHaveTextAsync("15");
            await Expect(weightChange.Locator(".audit-new")).ToHaveTextAsync("10");

            await audit.Page.GotoAsync($"registro?oggetto={planId}");
            var planRows = audit.Page.Locator($"tr[data-entity='{planId}']");
            await Expect(planRows.Locator("tr[data-field^='Submissions']").First).ToBeAttachedAsync();
            await Expect(planRows.Locator("tr[data-field^='Approval']").First).ToBeAttachedAsync();
        }
    }

    private static Guid UnitId(JsonNode plan, string code) =>
        Guid.Parse((string)plan["units"]!.AsArray().Single(u => (string?)u!["code"] == code)!["id"]!);

    /// <summary>PUT of the card as read, with another weight and the version it was read with.</summary>
    private static async Task<HttpResponseMessage> PutWeightAsync(HttpClient http, Guid objectiveId, decimal weight)
    {
        var card = await http.GetJsonAsync($"api/v1/objectives/{objectiveId}");
        var body = new JsonObject
        {
            ["version"] = (uint)card["version"]!,
            ["title"] = (string?)card["title"],
            ["theme"] = (string?)card["theme"],
            ["description"] = (string?)card["description"],
            ["expectedResult"] = (string?)card["expectedResult"],
            ["verificationMethod"] = (string?)card["verificationMethod"],
            ["weight"] = weight,
        };
        return await http.PutAsJsonAsync($"api/v1/objectives/{objectiveId}", body);
    }

    [GeneratedRegex(@"/obiettivi/([0-9a-f-]{36})/modifica$")]
    private static partial Regex EditUrl();
}
