using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Measurement;

/// <summary>Plans of <see cref="PlanBuilder"/> moved along their lifecycle to the state a test needs.</summary>
internal static class MeasurementPlans
{
    public static readonly DateTimeOffset At = new(2025, 1, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Approves the plan and advances it until it reaches <paramref name="state"/>.</summary>
    public static PlanBuilder In(this PlanBuilder plan, PlanState state)
    {
        if (plan.Cycle.State is PlanState.Bozza or PlanState.Inviato && state != PlanState.Bozza)
        {
            plan.Cycle.Approve([], "12", new DateOnly(2024, 1, 30), Guid.NewGuid(), At);
        }

        while (plan.Cycle.State < state)
        {
            plan.Cycle.Advance();
        }

        return plan;
    }

    /// <summary>A plan with one settore, its head and one objective weighing 100.</summary>
    public static (PlanBuilder Plan, Objective Objective) OneObjective()
    {
        var plan = new PlanBuilder();
        var unit = plan.Unit("I");
        plan.Head(unit);
        return (plan, plan.UnitObjective(unit, 100m));
    }
}
