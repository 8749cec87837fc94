using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Lifecycle;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// A second comune in the suite's database, written straight into it (not through the app's screens): a Segreteria,
/// a Settore I with one card of weight 60 and a cross-cutting objective of 40, approved as version 1 by its
/// Segretario, who has a sign-in account (<see cref="SegretarioUsername"/>). Its ids are what an IDOR attempt from
/// the demo comune guesses; its Segretario proves the same ids open for their owner.
/// </summary>
public sealed class OtherEnte
{
    public const string Name = "Comune di Altrove";
    public const string SegretarioUsername = "altrove.segretario";
    public const string Password = "Altrove-2024!";
    public const int VersionNumber = 1;

    /// <summary>In every name of this comune (ente, units, people, cards): a page that shows it shows this comune's data.</summary>
    public const string Marker = "Altrov";

    private static readonly DateOnly Since = new(2024, 1, 1);

    private OtherEnte(Guid municipalityId, Guid planId, Guid unitId, Guid objectiveId, Guid personId, Guid sheetId)
    {
        SheetId = sheetId;
        MunicipalityId = municipalityId;
        PlanId = planId;
        UnitId = unitId;
        ObjectiveId = objectiveId;
        PersonId = personId;
    }

    public Guid MunicipalityId { get; }

    public Guid PlanId { get; }

    public Guid UnitId { get; }

    /// <summary>The Settore I card (it has audit rows: the seed of this comune wrote them).</summary>
    public Guid ObjectiveId { get; }

    /// <summary>The head of Settore I.</summary>
    public Guid PersonId { get; }

    /// <summary>The 2024 evaluation sheet of the head of Settore I (an EQ evaluated by the NIV), in draft.</summary>
    public Guid SheetId { get; }

    /// <summary>Creates the comune, its plan and its Segretario's account, and approves the plan (version 1).</summary>
    public static async Task<OtherEnte> CreateAsync(IServiceProvider services)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<PiaoDbContext>>();
        var municipality = new Municipality($"altrove-{Guid.NewGuid():N}"[..16], Name, MunicipalityKind.Comune, "Settore");
        var cycle = new PlanCycle(municipality.Id, 2024, 2026);
        var segreteria = new OrgUnit(municipality.Id, OrgUnitKind.Segreteria, "SEG", "Segretario comunale", 1);
        var settore = new OrgUnit(municipality.Id, OrgUnitKind.Settore, "I", "SETTORE I – AFFARI GENERALI (Altrove)", 2);
        var segretario = new Person(municipality.Id, "Dott.ssa", "Livia", "Altrovese");
        var head = new Person(municipality.Id, "Dott.", "Marco", "Altrovandi");
        var managers = new[]
        {
            new ManagerAssignment(segreteria, segretario, ManagerRole.Segretario, Since, null, false),
            new ManagerAssignment(settore, head, ManagerRole.ResponsabileEQ, Since, null, false),
        };
        var card = Card(cycle, ObjectiveKind.Unit, 1, "Digitalizzazione dell'archivio di Altrove", settore, 60m);
        var crossCutting = Card(cycle, ObjectiveKind.CrossCutting, 1, "Trasparenza e legalità (Altrove)", null, 40m);
        var account = new UserAccount(municipality.Id, segretario.Id, SegretarioUsername, AccountService.Hash(null, Password));
        var sheet = new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = municipality.Id,
            PlanCycleId = cycle.Id,
            PersonId = head.Id,
            Year = 2024,
            Role = EvaluatedRole.Eq,
            EvaluatorKind = EvaluatorKind.Niv,
            OrgUnitId = settore.Id,
            Objectives = [new SheetObjectiveDraft(card.Id, "I.1", null)],
        });

        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Municipalities.Add(municipality);
            db.PlanCycles.Add(cycle);
            db.People.AddRange(segretario, head);
            db.OrgUnits.AddRange(segreteria, settore);
            db.ManagerAssignments.AddRange(managers);
            db.Objectives.AddRange(card, crossCutting);
            db.UserAccounts.Add(account);
            db.EvaluationSheets.Add(sheet);
            await db.SaveChangesAsync();
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var actor = Actor.Create(account, segretario, [], managers, [], today, Since, new DateOnly(2026, 12, 31));
        await services.GetRequiredService<PlanLifecycleService>().ApproveAsync(actor, cycle.Id, "7", new DateOnly(2024, 1, 30));
        return new OtherEnte(municipality.Id, cycle.Id, settore.Id, card.Id, head.Id, sheet.Id);
    }

    /// <summary>A sign-in account of this comune with no role at all, for tests that spend it (lockout).</summary>
    public async Task AddAccountAsync(IServiceProvider services, string username, string password)
    {
        var person = new Person(MunicipalityId, null, "Utente", username);
        await using var db = await services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        db.People.Add(person);
        db.UserAccounts.Add(new UserAccount(MunicipalityId, person.Id, username, AccountService.Hash(null, password)));
        await db.SaveChangesAsync();
    }

    private static Objective Card(PlanCycle cycle, ObjectiveKind kind, int number, string title, OrgUnit? unit, decimal weight)
    {
        var level = kind == ObjectiveKind.CrossCutting ? ObjectiveLevel.Strategic : ObjectiveLevel.Operational;
        var objective = new Objective(cycle, level, kind, number, title, unit);
        objective.Describe("TRASPARENZA", title, null, "Risultato atteso", null);
        objective.SetWeight(weight);
        if (level == ObjectiveLevel.Operational)
        {
            objective.SetYearTarget(cycle, 2024, 100m);
            objective.SetYearTarget(cycle, 2025, null, notApplicable: true);
            objective.SetYearTarget(cycle, 2026, null, notApplicable: true);
            objective.AddIndicator(new IndicatorDraft("Pratiche digitalizzate"));
        }

        objective.Reorder(kind == ObjectiveKind.CrossCutting ? 2 : 1);
        return objective;
    }
}
