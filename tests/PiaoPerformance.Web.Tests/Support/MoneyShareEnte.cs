using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Evaluation;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// A comune of its own in the S2 money-share model (SPEC §4.16), written straight into the suite's database so the
/// demo ente other tests count stays as it is: a Segreteria, Settore I headed by a dirigente with three cards weighing
/// 30 (the payment-times objective), 60 and 10, and the dirigente's 2024 sheet filled as Example 11 (achievements
/// 100/90/100, payment times missed, maximum € 3.000,00). Accounts: Segretario, NIV and Amministratore, all with
/// <see cref="Password"/>. Fictitious people only.
/// </summary>
public sealed class MoneyShareEnte
{
    public const string Password = "Quote-2024!";

    /// <summary>The behaviour scores of the dirigente's sheet: every item at its maximum.</summary>
    public static readonly int[] Scores = EvaluationSystem.CassinoDefault.Dirigente.Catalogue.Items.Select(i => i.Maximum).ToArray();

    private MoneyShareEnte(string prefix, Guid planId, Guid unitId, Guid sheetId)
    {
        Prefix = prefix;
        PlanId = planId;
        UnitId = unitId;
        SheetId = sheetId;
    }

    public Guid PlanId { get; }

    /// <summary>Settore I.</summary>
    public Guid UnitId { get; }

    /// <summary>The 2024 sheet of Settore I's dirigente.</summary>
    public Guid SheetId { get; }

    public string Segretario => $"{Prefix}.segretario";

    public string Niv => $"{Prefix}.niv";

    public string Admin => $"{Prefix}.admin";

    private string Prefix { get; }

    public static async Task<MoneyShareEnte> CreateAsync(IServiceProvider services)
    {
        var prefix = $"quo{Guid.NewGuid():N}"[..11];
        var since = new DateOnly(2024, 1, 1);
        var municipality = new Municipality(prefix, "Comune di Quotalta", MunicipalityKind.Comune, "Settore");
        var cycle = new PlanCycle(municipality.Id, 2024, 2026);
        var defaults = EvaluationParameters.CassinoDefault;
        cycle.ChangeEvaluation(defaults with { Options = defaults.Options with { WeightModel = WeightModel.MoneyShare } });
        var segreteria = new OrgUnit(municipality.Id, OrgUnitKind.Segreteria, "SEG", "Segretario comunale di Quotalta", 1);
        var settore = new OrgUnit(municipality.Id, OrgUnitKind.Settore, "I", "Settore I di Quotalta", 2);
        var people = new Dictionary<string, Person>
        {
            ["segretario"] = new(municipality.Id, "Dott.ssa", "Sara", "Quotaltese"),
            ["dirigente"] = new(municipality.Id, "Ing.", "Dario", "Quotaltese"),
            ["niv"] = new(municipality.Id, "Dott.", "Nello", "Quotalti"),
            ["admin"] = new(municipality.Id, null, "Ada", "Quotalti"),
        };
        var cards = new[] { 30m, 60m, 10m }.Select((w, i) => Card(cycle, settore, i + 1, w)).ToList();
        cards[0].MarkPaymentTimes(true);
        var sheet = new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = municipality.Id,
            PlanCycleId = cycle.Id,
            PersonId = people["dirigente"].Id,
            Year = 2024,
            Role = EvaluatedRole.Dirigente,
            OrgUnitId = settore.Id,
            Objectives = cards.Select(c => new SheetObjectiveDraft(c.Id, $"I.{c.Number}", c.Weight, c.IsPaymentTimes, 1)).ToList(),
        });
        var accounts = people.Where(p => p.Key != "dirigente")
            .ToDictionary(p => p.Key, p => new UserAccount(municipality.Id, p.Value.Id, $"{prefix}.{p.Key}", AccountService.Hash(null, Password)));
        var contexts = services.GetRequiredService<IDbContextFactory<PiaoDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Municipalities.Add(municipality);
            db.PlanCycles.Add(cycle);
            db.OrgUnits.AddRange(segreteria, settore);
            db.People.AddRange(people.Values);
            db.ManagerAssignments.AddRange(
                new ManagerAssignment(segreteria, people["segretario"], ManagerRole.Segretario, since, null, false),
                new ManagerAssignment(settore, people["dirigente"], ManagerRole.Dirigente, since, null, false));
            db.AccessGrants.AddRange(
                new AccessGrant(municipality.Id, people["niv"].Id, AppRole.Niv, since),
                new AccessGrant(municipality.Id, people["admin"].Id, AppRole.Amministratore, since));
            db.UserAccounts.AddRange(accounts.Values);
            db.Objectives.AddRange(cards);
            db.EvaluationSheets.Add(sheet);
            await db.SaveChangesAsync();
        }

        // Example 11, entered as the NIV would: achievements 100 / 90 / 100, payment times missed, € 3.000,00.
        var niv = (await services.GetRequiredService<ActorLoader>().LoadAsync(accounts["niv"].Id))!;
        var sheets = services.GetRequiredService<EvaluationSheetService>();
        var opened = (await sheets.GetAsync(niv, sheet.Id))!;
        var taken = await sheets.TakeAgreedAchievementsAsync(niv, sheet.Id,
            opened.Objectives.Select((o, i) => new AgreedAchievement(o.ObjectiveId, i == 1 ? 90m : 100m)).ToList(), opened.Version);
        await sheets.UpdateAsync(niv, sheet.Id, new SheetEdit(Scores, EntePerformance: 80m, Pay: new SheetPayEdit(3_000m, false, PaymentTimesMet: false)),
            taken.Version);
        return new MoneyShareEnte(prefix, cycle.Id, settore.Id, sheet.Id);
    }

    private static Objective Card(PlanCycle cycle, OrgUnit unit, int number, decimal weight)
    {
        var objective = new Objective(cycle, ObjectiveLevel.Operational, ObjectiveKind.Unit, number, $"Obiettivo {number} del {unit.Name}", unit);
        objective.SetWeight(weight);
        objective.SetYearTarget(cycle, 2024, 100m);
        objective.Reorder(unit.SortOrder * 10 + number);
        return objective;
    }
}
