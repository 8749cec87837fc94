using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Settings;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Settings;

/// <summary>The Amministratore's set-up of an ente through the service, on PostgreSQL.</summary>
public sealed class EnteSettingsServiceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private EnteSettingsService Settings => database.Get<EnteSettingsService>();

    private PlanQueries Queries => database.Get<PlanQueries>();

    [Fact]
    public async Task AnAdminCreatesAUnitAPersonAndAManagerAssignmentThatThePlanShows()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        var admin = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);

        var unitId = await Settings.CreateUnitAsync(admin, OrgUnitKind.Settore, "VII", "Polizia locale");
        var personId = await Settings.CreatePersonAsync(admin, "Dott.", "Maria", "Verdi");
        await Settings.CreateManagerAssignmentAsync(admin,
            new NewManagerAssignment(unitId, personId, ManagerRole.ResponsabileEQ, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31), IsInterim: false));

        var view = (await Queries.GetPlanAsync(TestActors.ReaderOf(plan.Municipality.Id), plan.Cycle.Id)).ShouldNotBeNull();
        var unit = view.Units.Where(u => u.Id == unitId).ShouldHaveSingleItem();
        unit.Name.ShouldBe("Polizia locale");
        unit.Managers.ShouldHaveSingleItem().PersonId.ShouldBe(personId);
        var settings = await Settings.GetAsync(admin);
        settings.People.ShouldContain(p => p.Id == personId && p.DisplayName == "Dott. Maria Verdi");
        await using var db = await database.NewContextAsync();
        var auditActors = await db.AuditEntries.Where(a => a.EntityId == unitId).Select(a => a.ActorPersonId).ToListAsync();
        auditActors.ShouldNotBeEmpty();
        auditActors.ShouldAllBe(actorId => actorId == admin.PersonId, "the audit trail names the admin");
    }

    [Fact]
    public async Task SharesThatDoNotTotalAHundredAreRefusedNamingTheField()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        var admin = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);
        var invalid = EvaluationParameters.CassinoDefault with { Dipendente = new RoleShares(25m, 25m, 40m) };

        var refused = await Should.ThrowAsync<DomainException>(() => Settings.ChangeEvaluationAsync(admin, plan.Cycle.Id, invalid));

        refused.Field.ShouldNotBeNull().ShouldContain("shares");
        (await Settings.GetAsync(admin)).Cycles.ShouldHaveSingleItem().Evaluation.Dipendente.ShouldBe(EvaluationParameters.CassinoDefault.Dipendente);
    }

    [Fact]
    public async Task ValidParametersAreSaved()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        var admin = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);

        await Settings.ChangeEvaluationAsync(admin, plan.Cycle.Id, EvaluationParameters.CassinoDefault with { NegativeThreshold = 55m });

        (await Settings.GetAsync(admin)).Cycles.ShouldHaveSingleItem().Evaluation.NegativeThreshold.ShouldBe(55m);
    }

    [Fact]
    public async Task ANonAdminIsRefused()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(40m).WithSegretario().SaveAsync(database.ContextFactory);

        await Should.ThrowAsync<AccessDeniedException>(() => Settings.GetAsync(TestActors.SegretarioOf(plan)));
        await Should.ThrowAsync<AccessDeniedException>(() => Settings.CreateDupCodeAsync(TestActors.SegretarioOf(plan), "SeO 9.9", null));
        await Should.ThrowAsync<AccessDeniedException>(() => Settings.RenameUnitAsync(TestActors.ReaderOf(plan.Municipality.Id), plan.Units[0].Id, "I", "X", null));
    }

    [Fact]
    public async Task AnotherEntesUnitIsNotFound()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        var other = await new TestPlan("Comune Altro").Unit("I", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        var admin = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);

        await Should.ThrowAsync<NotFoundException>(() => Settings.RenameUnitAsync(admin, other.Units[0].Id, "I", "Rubata", null));
        await Should.ThrowAsync<NotFoundException>(() => Settings.CreateUnitAsync(admin, OrgUnitKind.Servizio, "S1", "Servizio", other.Units[0].Id));
        (await Settings.GetAsync(admin)).Units.ShouldNotContain(u => u.Id == other.Units[0].Id);
    }

    [Fact]
    public async Task EnteDataAndLookupsAreUpdated()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        var admin = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);
        var before = (await Settings.GetAsync(admin)).Ente;

        await Settings.UpdateEnteAsync(admin, before with { UnitLabel = "Area", Province = "FR", PatronSaintMonth = 6, PatronSaintDay = 24, PatronSaintName = "San Giovanni" });
        await Settings.CreateDupCodeAsync(admin, "SeO 1.2.3", "Digitalizzazione");
        var lineId = await Settings.CreateMandateLineAsync(admin, "L1", "Trasparenza");
        await Settings.RenameMandateLineAsync(admin, lineId, "L1", "Trasparenza e legalità");
        await Settings.CreateBudgetProgrammeAsync(admin, "1", "2", "Servizi istituzionali", "Segreteria generale");
        var unitId = await Settings.CreateUnitAsync(admin, OrgUnitKind.Servizio, "I.1", "Anagrafe");
        await Settings.MoveUnitAsync(admin, unitId, plan.Units[0].Id);

        var after = await Settings.GetAsync(admin);
        after.Ente.UnitLabel.ShouldBe("Area");
        after.Ente.PatronSaintName.ShouldBe("San Giovanni");
        after.DupCodes.ShouldContain(d => d.Description == "Digitalizzazione");
        after.MandateLines.ShouldContain(l => l.Name == "Trasparenza e legalità");
        after.Programmes.ShouldContain(p => p.Mission == "01" && p.Programme == "02");
        after.Units.ShouldContain(u => u.Id == unitId && u.ParentId == plan.Units[0].Id);
        await Should.ThrowAsync<DomainException>(() => Settings.MoveUnitAsync(admin, plan.Units[0].Id, unitId));
        (await Should.ThrowAsync<DomainException>(() => Settings.UpdateEnteAsync(admin, after.Ente with { PatronSaintDay = 31, PatronSaintMonth = 2 })))
            .Field.ShouldBe(nameof(EnteData.PatronSaintDay));
    }

    [Fact]
    public async Task StaffAndManagerPostsHaveTheirPeriodsAndEnd()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        var admin = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);
        var unit = plan.Units[0].Id;
        var personId = await Settings.CreatePersonAsync(admin, null, "Luca", "Bianchi");

        var staffId = await Settings.CreateStaffAssignmentAsync(admin,
            new NewStaffAssignment(unit, personId, "Istruttore amministrativo", ClassificationArea.Istruttori, new DateOnly(2024, 1, 1), PartTimePct: 50m, PartTimeType: PartTimeType.Horizontal));
        var postId = await Settings.CreateManagerAssignmentAsync(admin,
            new NewManagerAssignment(unit, personId, ManagerRole.ResponsabileServizio, new DateOnly(2024, 1, 1), null, IsInterim: true, ["Anagrafe", " "]));
        await Settings.EndStaffAssignmentAsync(admin, staffId, new DateOnly(2024, 6, 30));
        await Settings.EndManagerAssignmentAsync(admin, postId, new DateOnly(2024, 6, 30));
        await Should.ThrowAsync<DomainException>(() => Settings.EndManagerAssignmentAsync(admin, postId, new DateOnly(2023, 12, 31)));

        var view = await Settings.GetAsync(admin);
        var staff = view.Staff.Where(s => s.Id == staffId).ShouldHaveSingleItem();
        staff.PartTimePct.ShouldBe(50m);
        staff.To.ShouldBe(new DateOnly(2024, 6, 30));
        var post = view.Managers.Where(m => m.Id == postId).ShouldHaveSingleItem();
        post.IsInterim.ShouldBeTrue();
        post.ScopeServices.ShouldBe(["Anagrafe"]);
        post.To.ShouldBe(new DateOnly(2024, 6, 30));
    }

    [Fact]
    public async Task ARefusedMoveLeavesTheUnitAsItWas()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(40m).SaveAsync(database.ContextFactory);
        var admin = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);
        var top = plan.Units[0];
        var child = await Settings.CreateUnitAsync(admin, OrgUnitKind.Servizio, "I.1", "Servizi demografici", top.Id);

        var refused = await Should.ThrowAsync<DomainException>(() => Settings.UpdateUnitAsync(admin, top.Id, top.Code, "Nuovo nome", null, child));

        refused.Field.ShouldBe(nameof(OrgUnit.ParentId));
        (await Settings.GetAsync(admin)).Units.Single(u => u.Id == top.Id).Name.ShouldBe(top.Name);
        (await Should.ThrowAsync<DomainException>(() => Settings.CreateUnitAsync(admin, OrgUnitKind.Servizio, "I.1", "Doppione")))
            .Field.ShouldBe(nameof(OrgUnit.Code));
    }
}
