using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Planning;

/// <summary>"Pesi uguali" on a position, on real PostgreSQL: who may, all cards or none, audit and concurrency.</summary>
public sealed class WeightBalancingServiceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private WeightBalancingService Balancing => database.Get<WeightBalancingService>();

    [Fact]
    public async Task AResponsabileGivesTheirSevenCardsSixtyInEqualPartsWithAnAuditRowEach()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var offer = (await Balancing.OffersAsync(head, plan.Cycle.Id)).ShouldNotBeNull().ShouldHaveSingleItem();

        var result = await Balancing.ApplyAsync(head, plan.Cycle.Id, offer.UnitId, offer.ResponsiblePersonId, offer.Versions);

        result.Total.Total.ShouldBe(100m);
        result.Total.OwnWeight.ShouldBe(60m);
        result.Total.IsComplete.ShouldBeTrue();
        var stored = await WeightsAsync(plan.ObjectivesOf("I").Select(o => o.Id));
        stored.ShouldBe([8.58m, 8.57m, 8.57m, 8.57m, 8.57m, 8.57m, 8.57m]);
        result.Cards.Select(c => c.Weight).ShouldBe(stored);
        result.Cards.ShouldAllBe(c => c.Version != offer.Versions[c.Id]);
        foreach (var card in plan.ObjectivesOf("I"))
        {
            var row = (await database.AboutAsync(card.Id)).Last();
            row.Reason.ShouldBe(WeightBalancingService.DefaultReason);
            row.ActorPersonId.ShouldBe(head.PersonId);
        }

        (await WeightsAsync(plan.ObjectivesOf("II").Select(o => o.Id))).ShouldBe([50m], "another unit's cards are untouched");
    }

    [Fact]
    public async Task AResponsabileCannotApplyItToAnotherUnitAndNothingChanges()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var segretario = TestActors.SegretarioOf(plan);
        var other = (await Balancing.OffersAsync(segretario, plan.Cycle.Id)).ShouldNotBeNull().Single(o => o.UnitId == plan.Units.Single(u => u.Code == "II").Id);

        var denied = await Should.ThrowAsync<AccessDeniedException>(() =>
            Balancing.ApplyAsync(head, plan.Cycle.Id, other.UnitId, other.ResponsiblePersonId, other.Versions));

        denied.Message.ShouldBe(AccessRules.NotHeadOfUnit);
        (await WeightsAsync(plan.ObjectivesOf("II").Select(o => o.Id))).ShouldBe([50m]);
    }

    [Fact]
    public async Task OffersFollowTheAccessRules()
    {
        var plan = await PlanAsync();
        var unitI = plan.Units.Single(u => u.Code == "I").Id;

        (await Balancing.OffersAsync(TestActors.Of(plan, plan.HeadOf("I")), plan.Cycle.Id)).ShouldNotBeNull().Select(o => o.UnitId).ShouldBe([unitI]);
        (await Balancing.OffersAsync(TestActors.SegretarioOf(plan), plan.Cycle.Id)).ShouldNotBeNull().Count.ShouldBe(2);
        (await Balancing.OffersAsync(TestActors.NivOf(plan), plan.Cycle.Id)).ShouldNotBeNull().ShouldBeEmpty();
        (await Balancing.OffersAsync(TestActors.Of(new TestPlan(), plan.HeadOf("I")), plan.Cycle.Id)).ShouldBeNull("another ente's plan is not found");
    }

    [Fact]
    public async Task AUnitSentForApprovalIsRefusedAsAWhole()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var offer = (await Balancing.OffersAsync(head, plan.Cycle.Id)).ShouldNotBeNull().Single();
        await database.Get<PlanLifecycleService>().SubmitUnitAsync(head, plan.Cycle.Id, offer.UnitId);

        await Should.ThrowAsync<AccessDeniedException>(() =>
            Balancing.ApplyAsync(head, plan.Cycle.Id, offer.UnitId, offer.ResponsiblePersonId, offer.Versions));

        (await WeightsAsync(plan.ObjectivesOf("I").Select(o => o.Id))).ShouldAllBe(w => w == 10m);
        (await Balancing.OffersAsync(head, plan.Cycle.Id)).ShouldNotBeNull().ShouldBeEmpty();
    }

    [Fact]
    public async Task ACardSavedSinceTheOfferWasReadIsAConflictAndNoCardChanges()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var offer = (await Balancing.OffersAsync(head, plan.Cycle.Id)).ShouldNotBeNull().Single();
        var last = plan.ObjectivesOf("I")[^1];
        await database.ExecuteAsync($"UPDATE \"Objectives\" SET \"Weight\" = 12 WHERE \"Id\" = '{last.Id}'");

        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            Balancing.ApplyAsync(head, plan.Cycle.Id, offer.UnitId, offer.ResponsiblePersonId, offer.Versions));

        conflict.Message.ShouldBe(WeightBalancingService.ChangedMessage);
        (await WeightsAsync(plan.ObjectivesOf("I").Select(o => o.Id))).ShouldBe([10m, 10m, 10m, 10m, 10m, 10m, 12m]);
    }

    [Fact]
    public async Task ACardAddedSinceTheOfferWasReadIsAConflict()
    {
        var plan = await PlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var offer = (await Balancing.OffersAsync(head, plan.Cycle.Id)).ShouldNotBeNull().Single();
        var fewer = offer.Versions.Skip(1).ToDictionary();

        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            Balancing.ApplyAsync(head, plan.Cycle.Id, offer.UnitId, offer.ResponsiblePersonId, fewer));

        (await WeightsAsync(plan.ObjectivesOf("I").Select(o => o.Id))).ShouldAllBe(w => w == 10m);
    }

    [Fact]
    public async Task AnotherEntesPlanIsNotFound()
    {
        var plan = await PlanAsync();
        var stranger = await new TestPlan("Comune Estraneo").Unit("I", 60m).SaveAsync(database.ContextFactory);
        var offer = (await Balancing.OffersAsync(TestActors.Of(plan, plan.HeadOf("I")), plan.Cycle.Id)).ShouldNotBeNull().Single();

        await Should.ThrowAsync<NotFoundException>(() =>
            Balancing.ApplyAsync(TestActors.Of(stranger, stranger.HeadOf("I")), plan.Cycle.Id, offer.UnitId, offer.ResponsiblePersonId, offer.Versions));
    }

    private async Task<TestPlan> PlanAsync() =>
        await new TestPlan().Unit("I", 10m, 10m, 10m, 10m, 10m, 10m, 10m).Unit("II", 50m).CrossCutting(10m).CrossCutting(30m)
            .WithIndicators().WithSegretario().SaveAsync(database.ContextFactory);

    private async Task<List<decimal>> WeightsAsync(IEnumerable<Guid> ids)
    {
        var list = ids.ToList();
        await using var db = await database.NewContextAsync();
        var weights = await db.Objectives.AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Weight ?? 0m);
        return list.Select(id => weights[id]).ToList();
    }
}
