using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Tests.Support;

/// <summary>Actors of a <see cref="PlanBuilder"/> plan, built like the real ones: roles from grants and assignments.</summary>
public static class Actors
{
    /// <summary>The person as they act in 2024-2026, with the plan's manager assignments and the given grants.</summary>
    public static Actor For(PlanBuilder plan, Person person, params AppRole[] grants)
    {
        var account = new UserAccount(plan.Municipality.Id, person.Id, $"u{Guid.NewGuid():N}"[..12], "hash");
        return Actor.Create(account, person, grants.Select(r => new AccessGrant(plan.Municipality.Id, person.Id, r, new DateOnly(2024, 1, 1))),
            plan.Managers, [], new DateOnly(2024, 6, 1), new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));
    }

    /// <summary>A Segretario comunale of the plan's ente (head of a Segreteria unit).</summary>
    public static Actor Segretario(PlanBuilder plan)
    {
        var unit = plan.Units.FirstOrDefault(u => u.Kind == OrgUnitKind.Segreteria) ?? plan.Unit("SEG", OrgUnitKind.Segreteria);
        var person = plan.Head(unit, ManagerRole.Segretario);
        return For(plan, person);
    }

    public static Actor Niv(PlanBuilder plan) => For(plan, plan.Person("Nucleo"), AppRole.Niv);
}
