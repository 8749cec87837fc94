using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Planning;

/// <summary>
/// <see cref="PlanQueries.GetObjectiveAsync"/> reads one card and only the lookups it names; the card must still be the
/// one the whole plan shows, field for field (unit, responsible, staff and contribution names, mandate lines, budget
/// programmes, children, version): for every card of the demo plan, and for a card that names every kind of lookup
/// (the demo cards have no staff, contributions, mandate lines or programmes).
/// </summary>
public sealed class ObjectiveCardReadTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public async Task EveryDemoCardReadAloneIsTheCardOfTheWholePlan()
    {
        var queries = demo.Get<PlanQueries>();
        var cards = demo.Plan.Units.SelectMany(u => u.Objectives).Concat(demo.Plan.CrossCuttingObjectives)
            .SelectMany(o => o.Children.Prepend(o)).ToList();
        cards.Count.ShouldBeGreaterThan(40);
        cards.ShouldContain(c => c.Children.Count > 0);
        cards.ShouldContain(c => c.ResponsiblePerson != null);

        foreach (var card in cards)
        {
            var alone = (await queries.GetObjectiveAsync(demo.Reader, card.Id)).ShouldNotBeNull();
            JsonSerializer.Serialize(alone).ShouldBe(JsonSerializer.Serialize(card), $"card {card.Code} ({card.Id})");
        }
    }

    [Fact]
    public async Task ACardNamesItsResponsibleStaffContributorsMandateLinesAndProgrammesAsTheWholePlanDoes()
    {
        var plan = await new TestPlan("Comune di Lettura").Unit("I", 60m).Unit("II", 100m).WithSegretario().SaveAsync(demo.ContextFactory);
        var card = plan.ObjectivesOf("I")[0];
        await using (var db = await demo.NewContextAsync())
        {
            var ente = plan.Municipality.Id;
            var lines = new[] { new MandateLine(ente, "B", "Seconda linea", 2), new MandateLine(ente, "A", "Prima linea", 1) };
            var programme = new BudgetProgramme(ente, "01", "02", "Servizi istituzionali", "Segreteria generale");
            db.MandateLines.AddRange(lines);
            db.BudgetProgrammes.Add(programme);
            var tracked = await db.Objectives.SingleAsync(o => o.Id == card.Id);
            tracked.AssignTo(plan.Units.Single(u => u.Code == "I"), plan.HeadOf("I"));
            tracked.SetStaff([plan.HeadOf("II"), plan.Segretario!]);
            tracked.SetContributions([new ContributionDraft(plan.Units.Single(u => u.Code == "II").Id, 40m), new ContributionDraft(card.OwnerUnitId!.Value, 60m)]);
            tracked.SetMandateLines(lines);
            tracked.SetBudgetProgrammes([programme]);
            await db.SaveChangesAsync();
        }

        var reader = TestActors.ReaderOf(plan.Municipality.Id);
        var whole = (await demo.Get<PlanQueries>().GetPlanAsync(reader, plan.Cycle.Id)).ShouldNotBeNull()
            .Units.SelectMany(u => u.Objectives).Single(o => o.Id == card.Id);
        var alone = (await demo.Get<PlanQueries>().GetObjectiveAsync(reader, card.Id)).ShouldNotBeNull();

        alone.ShouldSatisfyAllConditions(
            c => c.ResponsiblePerson.ShouldNotBeNull(),
            c => c.Staff.Count.ShouldBe(2),
            c => c.Contributions.Select(x => x.Unit).ShouldAllBe(n => n.Length > 0),
            c => c.MandateLines.ShouldBe(["Prima linea", "Seconda linea"]),
            c => c.BudgetProgrammes.ShouldBe(["01.02"]));
        JsonSerializer.Serialize(alone).ShouldBe(JsonSerializer.Serialize(whole));
    }
}
