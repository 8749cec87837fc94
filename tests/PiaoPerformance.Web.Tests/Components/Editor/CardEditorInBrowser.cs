using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>
/// resp1 writes a new operational objective of Settore I in the browser. The card is deleted at the end, so the shared
/// demo plan keeps its 49 cards and its weights (the suite's browser tests run one at a time in one collection).
/// </summary>
public sealed partial class CardEditorInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "resp1";

    [Fact]
    public async Task Resp1CreatesAnOperationalObjectiveWithIndicatorsYearsRuleAndPhases()
    {
        var plan = await (await App.SignedInAsync()).DemoPlanAsync();
        var planId = Guid.Parse((string)plan["id"]!);
        var unitId = Guid.Parse((string)plan["units"]!.AsArray().Single(u => (string?)u!["code"] == "I")!["id"]!);
        var editor = new CardEditorPage(Browser);
        Guid? created = null;
        try
        {
            await editor.GotoNewAsync(planId, unitId);
            var before = await editor.WeightTotal.TextContentAsync();

            await editor.FillAsync("ed-title", "Sportello digitale per le pratiche edilizie");
            await editor.FillAsync("ed-theme", "TRANSIZIONE DIGITALE");
            await editor.FillAsync("ed-weight", "5");
            await Expect(editor.WeightTotal).Not.ToHaveTextAsync(before!);
            await Expect(editor.WeightTotal).ToHaveTextAsync("Totale pesi 105 %");
            await editor.AddIndicatorAsync("Pratiche presentate online", "75");
            await editor.AddIndicatorAsync("Tempo medio di istruttoria", "30");
            await editor.SetYearAsync(2024, "50");
            await editor.SetYearAsync(2025, "100");
            await editor.NotApplicableAsync(2026);
            await editor.ThresholdRuleAsync(("Pieno", "75", "100"), ("Parziale", "40", "50"));
            await Expect(editor.RulePreviewLines.First).ToHaveTextAsync("se si raggiunge 75 → 100 %");
            await editor.AddPhaseAsync("Analisi dei procedimenti", "2024-06-30");
            await editor.AddPhaseAsync("Avvio dello sportello", "2024-12-31");
            await editor.SaveAsync();

            await Expect(editor.Saved).ToHaveTextAsync("Salvato.");
            await Expect(editor.Page).ToHaveURLAsync(EditUrl());
            created = Guid.Parse(EditUrl().Match(editor.Page.Url).Groups[1].Value);
            await Expect(editor.Page.GetByTestId("year-2026-na")).ToHaveTextAsync("//");

            var card = new ObjectiveCardPage(Browser);
            await card.GotoAsync(created.Value);
            await Expect(card.Title).ToHaveTextAsync("Sportello digitale per le pratiche edilizie");
            await Expect(card.Weight).ToHaveTextAsync("5 %");
            await Expect(card.Indicators).ToContainTextAsync("Pratiche presentate online");
            await Expect(card.Indicators).ToContainTextAsync("Tempo medio di istruttoria");
            await Expect(card.ExpectedTarget(2026)).ToHaveTextAsync("//");
            await Expect(card.Page.GetByTestId("edit-objective")).ToBeVisibleAsync();
        }
        finally
        {
            created ??= await CreatedIdAsync(planId, "Sportello digitale per le pratiche edilizie");
            if (created is { } id)
            {
                await using var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
                await db.Objectives.Where(o => o.Id == id).ExecuteDeleteAsync();
            }
        }
    }

    [Fact]
    public async Task LeavingTheEditorWithChangesNotSavedAsksAndKeepsWhatWasTyped()
    {
        var http = await App.SignedInAsync();
        var card = await http.ObjectiveIdAsync("I", 3);
        var dialogs = new List<string>();
        Browser.Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var editor = new CardEditorPage(Browser);
        await editor.GotoAsync(card);
        await editor.FillAsync("ed-theme", "TEMA MAI SALVATO");
        await Browser.Page.GetByTestId("back-to-card").ClickAsync();

        for (var waited = 0; dialogs.Count == 0 && waited < 10_000; waited += 100)
        {
            await Task.Delay(100);
        }

        dialogs.ShouldBe(["Ci sono modifiche non salvate: se esci dalla pagina andranno perse. Uscire comunque?"]);
        await Expect(editor.Page).ToHaveURLAsync(new Regex("/modifica$"));
        await Expect(editor.Page.GetByTestId("ed-theme")).ToHaveValueAsync("TEMA MAI SALVATO");
    }

    private async Task<Guid?> CreatedIdAsync(Guid planId, string title)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        return await db.Objectives.Where(o => o.PlanCycleId == planId && o.Title == title).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
    }

    [GeneratedRegex(@"/obiettivi/([0-9a-f-]{36})/modifica$")]
    private static partial Regex EditUrl();
}
