using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

public sealed class ObjectiveSlotTests
{
    [Fact]
    public void NumbersRepeatAcrossUnitsAndAcrossTheHeadsOfOneUnitButNotWithinOne()
    {
        var plan = new PlanBuilder();
        var (first, second) = (plan.Unit("I"), plan.Unit("VI"));
        var (rossi, bianchi) = (plan.Person("Rossi"), plan.Person("Bianchi"));
        Guid unitI = first.Id, unitVI = second.Id;

        var slots = new[]
        {
            new ObjectiveSlot(ObjectiveLevel.Operational, unitI, null, null, 1),
            new ObjectiveSlot(ObjectiveLevel.Operational, unitVI, rossi.Id, null, 1),
            new ObjectiveSlot(ObjectiveLevel.Operational, unitVI, bianchi.Id, null, 1),
            new ObjectiveSlot(ObjectiveLevel.Strategic, null, null, null, 1),
            new ObjectiveSlot(ObjectiveLevel.Operational, null, null, 1, 1),
            new ObjectiveSlot(ObjectiveLevel.Operational, unitI, null, null, 1),
        };

        ObjectiveSlot.Duplicates(slots).ShouldBe([new ObjectiveSlot(ObjectiveLevel.Operational, unitI, null, null, 1)]);
    }

    [Fact]
    public void ACardsSlotCarriesItsStrategicObjectivesNumber()
    {
        var plan = new PlanBuilder();
        var card = plan.UnitObjective(plan.Unit("II"), 60m);

        ObjectiveSlot.Of(card, parentNumber: 2).ShouldBe(new ObjectiveSlot(ObjectiveLevel.Operational, card.OwnerUnitId, null, 2, card.Number));
    }
}
