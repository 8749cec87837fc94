using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// A comune of its own for one measurement test, written straight into the suite's database and left in
/// Rendicontazione (the demo plan stays in Bozza for the other tests): Settore I with three cards (weights 50, 30, 20,
/// the recruitment threshold rule of S0:283), Settore II with one, and accounts for both heads, two NIV members and a
/// Giunta operator, all with <see cref="Password"/>. Fictitious people only.
/// </summary>
public sealed class MeasurementEnte
{
    public const string Password = "Misura-2024!";

    private MeasurementEnte(string prefix, Guid planId, Guid unitId, IReadOnlyList<Guid> cards)
    {
        Prefix = prefix;
        PlanId = planId;
        UnitId = unitId;
        Cards = cards;
    }

    public Guid PlanId { get; }

    /// <summary>Settore I.</summary>
    public Guid UnitId { get; }

    /// <summary>Settore I's three cards.</summary>
    public IReadOnlyList<Guid> Cards { get; }

    public string Head => $"{Prefix}.resp1";

    public string OtherHead => $"{Prefix}.resp2";

    public string Niv1 => $"{Prefix}.niv1";

    public string Niv2 => $"{Prefix}.niv2";

    public string Giunta => $"{Prefix}.giunta";

    private string Prefix { get; }

    public static async Task<MeasurementEnte> CreateAsync(IServiceProvider services)
    {
        var prefix = $"mis{Guid.NewGuid():N}"[..11];
        var since = new DateOnly(2024, 1, 1);
        var municipality = new Municipality(prefix, "Comune di Misurata", MunicipalityKind.Comune, "Settore");
        var cycle = new PlanCycle(municipality.Id, 2024, 2026);
        var first = new OrgUnit(municipality.Id, OrgUnitKind.Settore, "I", "Settore I di Misurata", 1);
        var second = new OrgUnit(municipality.Id, OrgUnitKind.Settore, "II", "Settore II di Misurata", 2);
        var people = new Dictionary<string, Person>
        {
            ["resp1"] = new(municipality.Id, "Dott.", "Primo", "Misuratese"),
            ["resp2"] = new(municipality.Id, "Dott.", "Secondo", "Misuratese"),
            ["niv1"] = new(municipality.Id, "Dott.", "Nino", "Valutatore"),
            ["niv2"] = new(municipality.Id, "Dott.ssa", "Nina", "Valutatrice"),
            ["giunta"] = new(municipality.Id, null, "Gino", "Giuntale"),
        };
        var cards = new[] { 50m, 30m, 20m }.Select((w, i) => Card(cycle, first, i + 1, w)).Append(Card(cycle, second, 1, 100m)).ToList();
        await using var db = await services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        db.Municipalities.Add(municipality);
        db.PlanCycles.Add(cycle);
        db.OrgUnits.AddRange(first, second);
        db.People.AddRange(people.Values);
        db.ManagerAssignments.AddRange(
            new ManagerAssignment(first, people["resp1"], ManagerRole.ResponsabileEQ, since, null, false),
            new ManagerAssignment(second, people["resp2"], ManagerRole.ResponsabileEQ, since, null, false));
        db.AccessGrants.AddRange(
            new AccessGrant(municipality.Id, people["niv1"].Id, AppRole.Niv, since),
            new AccessGrant(municipality.Id, people["niv2"].Id, AppRole.Niv, since),
            new AccessGrant(municipality.Id, people["giunta"].Id, AppRole.Giunta, since));
        db.UserAccounts.AddRange(people.Select(p => new UserAccount(municipality.Id, p.Value.Id, $"{prefix}.{p.Key}", AccountService.Hash(null, Password))));
        db.Objectives.AddRange(cards);
        cycle.Approve([], "3", new DateOnly(2024, 1, 30), people["resp1"].Id, DateTimeOffset.UtcNow);
        while (cycle.State < PlanState.Rendicontazione)
        {
            cycle.Advance();
        }

        await db.SaveChangesAsync();
        return new MeasurementEnte(prefix, cycle.Id, first.Id, cards.Take(3).Select(c => c.Id).ToList());
    }

    private static Objective Card(PlanCycle cycle, OrgUnit unit, int number, decimal weight)
    {
        var objective = new Objective(cycle, ObjectiveLevel.Operational, ObjectiveKind.Unit, number, $"Obiettivo {number} del {unit.Name}", unit);
        objective.SetWeight(weight);
        objective.SetYearTarget(cycle, 2024, 100m);
        objective.SetAchievementRule(new AchievementRule(AchievementRuleKind.NumericThreshold,
        [
            new AchievementStep("Attivazione di almeno il 75% delle procedure", 100m, 75m),
            new AchievementStep("Attivazione fino al 40%", 50m, 40m),
            new AchievementStep("Attivazione inferiore al 40%", 0m, 0m),
        ], "%"));
        objective.Reorder(unit.SortOrder * 10 + number);
        return objective;
    }
}
