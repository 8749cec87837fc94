using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Components.Objectives;

public sealed partial class ObjectiveCard(PiaoAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task OverviewLinkOpensTheCardOfSettoreIObjectiveOneWithEveryField()
    {
        var overview = new PlanOverviewPage(Browser);
        await overview.GotoAsync(await (await App.SignedInAsync()).DemoPlanIdAsync());
        await overview.OpenUnitAsync("I");

        await overview.UnitObjectives("I").GetByRole(AriaRole.Link,
            new() { Name = "Adeguamento tecnologico dei personal computer della rete comunale", Exact = true }).ClickAsync();

        var card = new ObjectiveCardPage(Browser);
        await Expect(card.Page).ToHaveURLAsync(ObjectiveUrl());
        await card.WaitUntilShownAsync();
        await Expect(card.Title).ToHaveTextAsync("Adeguamento tecnologico dei personal computer della rete comunale");
        await Expect(card.Start).ToHaveTextAsync("01/01/2024");
        await Expect(card.End).ToHaveTextAsync("31/12/2024");
        await Expect(card.Weight).ToHaveTextAsync("15 %");
        await Expect(card.Theme).ToHaveTextAsync("DIGITALIZZAZIONE");
        await Expect(card.MandateLines).ToHaveTextAsync("Linee di mandato: BUON ANDAMENTO E IMPARZIALITA' AMMINISTRAZ., TRASPARENZA");
        await Expect(card.DupCode).ToHaveTextAsync("Codice DUP: 60000004");
        await Expect(card.ExpectedResult).ToHaveTextAsync(
            "Risultato atteso: Programmazione attività - Adozione atti amministrativi necessari - Realizzazione operativa – Gestione/rendicontazione di eventuali finanziamenti ottenuti");
        await Expect(card.Indicators).ToContainTextAsync("Indicatori di performance 2024-2026:");
        await Expect(card.Indicators).ToContainTextAsync("Installazione nuovo hardware di rete");
        await Expect(card.Verification).ToHaveTextAsync(
            "Modalità di verifica del risultato: Provvedimenti/atti di gestione Relazione del Responsabile del Settore che rilevi il grado di raggiungimento dell'obiettivo");
        await Expect(card.ExpectedTarget(2024)).ToHaveTextAsync("50 %");
        await Expect(card.ExpectedTarget(2025)).ToHaveTextAsync("50 %");
        await Expect(card.ExpectedTarget(2026)).ToHaveTextAsync("//");
        await Expect(card.ContingentNote).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SegretarioObjectiveSevenCarriesTheContingentNote()
    {
        var card = new ObjectiveCardPage(Browser);

        await card.GotoAsync(await (await App.SignedInAsync()).ObjectiveIdAsync("SEG", 7));

        await Expect(card.Title).ToContainTextAsync("Esercizio Funzioni suppletive di gestione");
        await Expect(card.ContingentNote).ToContainTextAsync("Funzione eventuale");
    }

    [Fact]
    public async Task SettoreIIObjectiveOneShowsItsGradedRuleSteps()
    {
        var card = new ObjectiveCardPage(Browser);

        await card.GotoAsync(await (await App.SignedInAsync()).ObjectiveIdAsync("II", 1));

        await Expect(card.Title).ToHaveTextAsync("Adeguamento e aggiornamento del vigente Regolamento comunale di contabilità");
        await Expect(card.RuleSteps.Locator("li")).ToHaveTextAsync(
        [
            "Approvazione delle modifiche/nuovo testo regolamentare: 100 % obiettivo",
            "Predisposizione bozza e proposta di deliberazione: 75 % obiettivo",
        ]);
        await Expect(card.ExpectedTarget(2024)).ToHaveTextAsync("100 %");
        await Expect(card.ExpectedTarget(2025)).ToHaveTextAsync("//");
    }

    [Fact]
    public async Task UnknownObjectiveSaysItWasNotFound()
    {
        var card = new ObjectiveCardPage(Browser);

        await card.Page.GotoAsync($"obiettivi/{Guid.NewGuid()}");

        await Expect(card.Page.Locator("h1")).ToHaveTextAsync("Obiettivo non trovato");
        await Expect(card.Card).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/obiettivi/[0-9a-f-]{36}$")]
    private static partial Regex ObjectiveUrl();
}
