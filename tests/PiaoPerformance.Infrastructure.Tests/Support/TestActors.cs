using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Infrastructure.Tests.Support;

/// <summary>Actors for service calls in tests, built in memory like the real ones (roles from grants).</summary>
public static class TestActors
{
    /// <summary>A reader of the ente: a Giunta operator, who may read every plan of the ente and change nothing.</summary>
    public static Actor ReaderOf(Guid municipalityId, params AppRole[] grants)
    {
        var person = new Person(municipalityId, null, "Utente", "Di Prova");
        var account = new UserAccount(municipalityId, person.Id, $"test-{Guid.NewGuid():N}"[..20], "hash");
        var roles = grants.Length == 0 ? [AppRole.Giunta] : grants;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return Actor.Create(account, person, roles.Select(r => new AccessGrant(municipalityId, person.Id, r, new DateOnly(2000, 1, 1))),
            [], [], today, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));
    }

    /// <summary>A person of a <see cref="TestPlan"/> as they act in 2024-2026: roles from the plan's manager assignments.</summary>
    public static Actor Of(TestPlan plan, Person person, params AppRole[] grants)
    {
        var ente = plan.Municipality.Id;
        var account = new UserAccount(ente, person.Id, $"test-{Guid.NewGuid():N}"[..20], "hash");
        return Actor.Create(account, person, grants.Select(r => new AccessGrant(ente, person.Id, r, new DateOnly(2000, 1, 1))),
            plan.Managers, [], DateOnly.FromDateTime(DateTime.UtcNow), new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));
    }

    /// <summary>The plan's Segretario comunale (<see cref="TestPlan.WithSegretario"/>).</summary>
    public static Actor SegretarioOf(TestPlan plan) =>
        Of(plan, plan.Segretario ?? throw new InvalidOperationException("Build the plan WithSegretario()."));

    /// <summary>A member of the ente's NIV.</summary>
    public static Actor NivOf(TestPlan plan) => ReaderOf(plan.Municipality.Id, AppRole.Niv);
}
