using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Tests.Pages;
using PiaoPerformance.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>
/// resp1 places a demo card of Settore I under a strategic objective, involves a person of the settore's staff and
/// names its stakeholders, then reads them on the card. The card is put back as it was at the end, so the shared demo
/// plan keeps its weights for the other tests.
/// </summary>
public sealed class CardLinksInBrowser(PiaoAppFixture app) : BrowserTest(app)
{
    protected override string? SignedInAs => "resp1";

    [Fact]
    public async Task Resp1SetsParentWithShareStaffAndStakeholdersAndSeesThemOnTheCard()
    {
        var id = await (await App.SignedInAsync()).ObjectiveIdAsync("I", 1);
        var original = await ReadAsync(id);
        var editor = new CardEditorPage(Browser);
        try
        {
            await editor.GotoAsync(id);
            var parent = await editor.ChooseParentAsync(1, "20");
            // The first strategic objective's operational objectives hold 40 + 20 + 40 (S0:11-13): with 20 more, 120.
            await Expect(editor.ParentTotal).ToHaveTextAsync("120 %");
            var person = await editor.InvolveFirstStaffMemberAsync();
            await editor.FillAsync("ed-stakeholders", "Cittadini e imprese del territorio");
            await editor.SaveAsync();
            await Expect(editor.Saved).ToHaveTextAsync("Salvato.");

            var card = new ObjectiveCardPage(Browser);
            await card.GotoAsync(id);
            await Expect(card.Field("parent")).ToContainTextAsync(parent.Split(" – ")[^1]);
            await Expect(card.Field("share")).ToHaveTextAsync("20 % dell'obiettivo strategico");
            await Expect(card.Field("staff")).ToContainTextAsync(person.Split(" (")[0]);
            await Expect(card.Field("stakeholders")).ToContainTextAsync("Cittadini e imprese del territorio");
        }
        finally
        {
            await RestoreAsync(id, original);
        }
    }

    private async Task<(string? Stakeholders, string? Contributors)> ReadAsync(Guid id)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var card = await db.Objectives.AsNoTracking().FirstAsync(o => o.Id == id);
        card.ParentObjectiveId.ShouldBeNull();
        card.Staff.ShouldBeEmpty();
        return (card.Stakeholders, card.ExternalContributors);
    }

    private async Task RestoreAsync(Guid id, (string? Stakeholders, string? Contributors) original)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var card = await db.Objectives.FirstAsync(o => o.Id == id);
        card.DetachFromParent();
        card.SetStaff([]);
        card.DescribeParties(original.Stakeholders, original.Contributors);
        await db.SaveChangesAsync();
    }
}
