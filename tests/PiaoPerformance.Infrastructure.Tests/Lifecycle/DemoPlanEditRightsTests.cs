using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Lifecycle;

/// <summary>
/// Who may change which card in the demo plan, signed in with its demo accounts. Settore VI has two interim heads,
/// each limited to some services (S0:379-381, S0:401): resp6 (Rinaldi, also head of Settore I) and the head of
/// Settore III (Ventura, account resp3), each responsible for their own cards.
/// </summary>
public sealed class DemoPlanEditRightsTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private ObjectiveEditService Edits => demo.Get<ObjectiveEditService>();

    [Fact]
    public async Task EachInterimHeadOfSettoreViChangesOnlyTheCardsAssignedToThem()
    {
        var rinaldi = await SignedInAsync("resp6");
        var ventura = await SignedInAsync("resp3");
        var cards = demo.Plan.Units.Single(u => u.Code == "VI").Objectives;
        var rinaldis = cards.First(o => o.ResponsiblePersonId == rinaldi.PersonId);
        var venturas = cards.First(o => o.ResponsiblePersonId == ventura.PersonId);

        await Edits.UpdateAsync(rinaldi, rinaldis.Id, Same(rinaldis), await VersionAsync(rinaldis.Id));
        await Edits.UpdateAsync(ventura, venturas.Id, Same(venturas), await VersionAsync(venturas.Id));
        var rinaldiDenied = await Should.ThrowAsync<AccessDeniedException>(async () => await Edits.UpdateAsync(rinaldi, venturas.Id, Same(venturas), await VersionAsync(venturas.Id)));
        var venturaDenied = await Should.ThrowAsync<AccessDeniedException>(async () => await Edits.UpdateAsync(ventura, rinaldis.Id, Same(rinaldis), await VersionAsync(rinaldis.Id)));

        rinaldiDenied.Message.ShouldBe("Questa scheda è assegnata a un altro responsabile dell'unità.");
        venturaDenied.Message.ShouldBe("Questa scheda è assegnata a un altro responsabile dell'unità.");
    }

    [Fact]
    public async Task AResponsabileCannotChangeACardOfAnotherUnit()
    {
        var policeHead = await SignedInAsync("resp7");
        var card = demo.Plan.Units.Single(u => u.Code == "II").Objectives[0];

        var denied = await Should.ThrowAsync<AccessDeniedException>(async () => await Edits.UpdateAsync(policeHead, card.Id, Same(card), await VersionAsync(card.Id)));

        denied.Message.ShouldBe("Non sei responsabile di questa unità.");
    }

    [Fact]
    public async Task TheNivAndTheGiuntaDoNotChangeCards()
    {
        var card = demo.Plan.Units.Single(u => u.Code == "I").Objectives[0];

        foreach (var username in new[] { "niv", "giunta", "sindaco" })
        {
            var actor = await SignedInAsync(username);
            await Should.ThrowAsync<AccessDeniedException>(async () => await Edits.UpdateAsync(actor, card.Id, Same(card), await VersionAsync(card.Id)));
        }
    }

    private async Task<Actor> SignedInAsync(string username)
    {
        await using var db = await demo.NewContextAsync();
        var account = await db.UserAccounts.SingleAsync(a => a.Username == username);
        return (await demo.Get<ActorLoader>().LoadAsync(account.Id)).ShouldNotBeNull();
    }

    private async Task<uint> VersionAsync(Guid objectiveId) =>
        (await demo.Get<PlanQueries>().GetObjectiveAsync(demo.Reader, objectiveId)).ShouldNotBeNull().Version;

    /// <summary>The card's own values sent back: a save that changes nothing visible but still needs the right.</summary>
    private static ObjectiveEdit Same(ObjectiveView card) =>
        new(card.Title, card.Theme, card.Description, card.ExpectedResult, card.VerificationMethod, card.Weight,
            card.YearTargets.Select(t => new YearTargetEdit(t.Year, t.ExpectedPct, t.NotApplicable)).ToList());
}
