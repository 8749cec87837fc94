using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Planning;

/// <summary>Changing a card through the service: who may, what is saved, and two people saving at once (ADR-006).</summary>
public sealed class ObjectiveEditServiceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private ObjectiveEditService Edits => database.Get<ObjectiveEditService>();

    private PlanQueries Queries => database.Get<PlanQueries>();

    [Fact]
    public async Task AResponsabileChangesTheDescriptionWeightAndTargetsOfTheirCard()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var card = plan.ObjectivesOf("I")[0];
        var before = await ReadAsync(head, card.Id);

        var version = await Edits.UpdateAsync(head, card.Id, new ObjectiveEdit(
            "Nuovo titolo", "TRANSIZIONE DIGITALE", "Descrizione", "Risultato", "Relazione del responsabile", 25m,
            [new YearTargetEdit(2024, 80m), new YearTargetEdit(2025, 100m), new YearTargetEdit(2026, null, NotApplicable: true)]), before.Version);

        var after = await ReadAsync(head, card.Id);
        (after.Title, after.Theme, after.Description, after.ExpectedResult, after.VerificationMethod, after.Weight)
            .ShouldBe(("Nuovo titolo", "TRANSIZIONE DIGITALE", "Descrizione", "Risultato", "Relazione del responsabile", 25m));
        after.YearTargets.Select(t => (t.Year, t.ExpectedPct, t.NotApplicable)).ShouldBe([(2024, 80m, false), (2025, 100m, false), (2026, null, true)]);
        after.Version.ShouldBe(version);
        version.ShouldNotBe(before.Version);
    }

    [Fact]
    public async Task AResponsabileCannotChangeAnotherUnitsCard()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var card = plan.ObjectivesOf("II")[0];

        var denied = await Should.ThrowAsync<AccessDeniedException>(async () =>
            await Edits.UpdateAsync(head, card.Id, new ObjectiveEdit("Intruso", Weight: 60m), (await ReadAsync(head, card.Id)).Version));

        denied.Message.ShouldBe("Non sei responsabile di questa unità.");
        (await ReadAsync(head, card.Id)).Title.ShouldBe(card.Title);
    }

    [Fact]
    public async Task AValueTheCardRefusesSavesNothing()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var card = plan.ObjectivesOf("I")[0];

        var refused = await Should.ThrowAsync<DomainException>(async () =>
            await Edits.UpdateAsync(head, card.Id, new ObjectiveEdit("Titolo nuovo", Weight: 120m), (await ReadAsync(head, card.Id)).Version));

        refused.Field.ShouldBe("Weight");
        (await ReadAsync(head, card.Id)).Title.ShouldBe(card.Title);
    }

    [Fact]
    public async Task AStaleVersionIsAConflictAndNothingIsSaved()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var card = plan.ObjectivesOf("I")[0];
        var stale = (await ReadAsync(head, card.Id)).Version;
        await Edits.UpdateAsync(head, card.Id, new ObjectiveEdit("Salvato per primo", Weight: 30m), stale);

        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            Edits.UpdateAsync(head, card.Id, new ObjectiveEdit("Salvato da una pagina vecchia", Weight: 10m), stale));

        conflict.Message.ShouldBe("Un altro utente ha salvato questa scheda nel frattempo: ricarica la pagina e riapplica le tue modifiche.");
        var stored = await ReadAsync(head, card.Id);
        (stored.Title, stored.Weight).ShouldBe(("Salvato per primo", 30m));
    }

    [Fact]
    public async Task OfTwoConcurrentEditsOfACardOneWinsTheOtherGetsAConflictAndNothingIsLost()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var segretario = TestActors.SegretarioOf(plan);
        var card = plan.ObjectivesOf("I")[0];
        var version = (await ReadAsync(head, card.Id)).Version;
        var edits = new Dictionary<Actor, ObjectiveEdit>
        {
            [head] = new("Versione del responsabile", Weight: 30m, YearTargets: [new YearTargetEdit(2024, 90m)]),
            [segretario] = new("Versione del segretario", Weight: 30m, YearTargets: [new YearTargetEdit(2025, 50m)]),
        };

        var outcomes = await Task.WhenAll(edits.Select(async e =>
        {
            try
            {
                await Edits.UpdateAsync(e.Key, card.Id, e.Value, version);
                return (Edit: e.Value, Error: (Exception?)null);
            }
            catch (ConcurrencyConflictException ex)
            {
                return (Edit: e.Value, Error: ex);
            }
        }));

        outcomes.Count(o => o.Error is null).ShouldBe(1, "one of the two saves wins");
        var winner = outcomes.Single(o => o.Error is null).Edit;
        var stored = await ReadAsync(head, card.Id);
        stored.Title.ShouldBe(winner.Title, "the winner's change is stored whole");
        var loser = outcomes.Single(o => o.Error is not null).Edit;
        // The loser still has what they typed: they reload and apply it again, and both changes are kept.
        await Edits.UpdateAsync(edits.Single(e => e.Value == loser).Key, card.Id, loser, stored.Version);
        var merged = await ReadAsync(head, card.Id);
        merged.Title.ShouldBe(loser.Title);
        merged.YearTargets.Where(t => t.Year < 2026).Select(t => t.ExpectedPct).ShouldBe([90m, 50m], "each writer's target is kept");
    }

    [Fact]
    public async Task TheVersionASaveReturnsIsTheOneTheNextSaveSends()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var card = plan.ObjectivesOf("I")[0];

        var first = await Edits.UpdateAsync(head, card.Id, new ObjectiveEdit("Primo", Weight: 30m), (await ReadAsync(head, card.Id)).Version);
        var second = await Edits.UpdateAsync(head, card.Id, new ObjectiveEdit("Secondo", Weight: 30m), first);

        second.ShouldNotBe(first);
        await using var db = await database.NewContextAsync();
        (await db.Objectives.AsNoTracking().SingleAsync(o => o.Id == card.Id)).Title.ShouldBe("Secondo");
    }

    private async Task<TestPlan> PlanAsync() =>
        await new TestPlan().Unit("I", 30m, 30m).Unit("II", 60m).CrossCutting(40m).WithIndicators().WithSegretario().SaveAsync(database.ContextFactory);

    private async Task<ObjectiveView> ReadAsync(Actor actor, Guid id) => (await Queries.GetObjectiveAsync(actor, id)).ShouldNotBeNull();
}
