using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Planning;

/// <summary>
/// The card's links to the plan and the ente (SPEC §1.4-§1.5, §1.7-§1.12): parent strategic objective with its share,
/// (Missione, Programma) pairs, staff involved, stakeholders, contributing units and pesatura, saved on PostgreSQL.
/// </summary>
public sealed class ObjectivePartsEditTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private ObjectiveEditService Edits => database.Get<ObjectiveEditService>();

    private PlanQueries Queries => database.Get<PlanQueries>();

    [Fact]
    public async Task EveryNewPartIsSavedAndReadBack()
    {
        var world = await WorldAsync();
        var card = world.Plan.ObjectivesOf("I")[0];

        await Edits.UpdateAsync(world.Head, card.Id, Keep(card) with
        {
            Parent = new ParentEdit(world.Strategic.Id, 40m),
            BudgetProgrammeIds = [world.Programmes[1].Id, world.Programmes[0].Id],
            StaffPersonIds = [world.Employee.Id],
            Parties = new PartiesEdit("Cittadini e imprese", "Regione Puglia"),
            Contributions =
            [
                new ContributionEdit(world.UnitI.Id, 75m, "95%", "Pratiche evase nei termini", "1"),
                new ContributionEdit(world.UnitII.Id, 25m),
            ],
            WeightingGrid = new WeightingGridEdit(new WeightingGrid(RatingLevel.High, RatingLevel.High, RatingLevel.High, RatingLevel.Medium)),
        }, await VersionAsync(world, card.Id));

        var after = await ReadAsync(world, card.Id);
        (after.ParentObjectiveId, after.ShareOfParentPct, after.Parent).ShouldBe((world.Strategic.Id, 40m, $"Obiettivo strategico n. 1 – {world.Strategic.Title}"));
        after.BudgetProgrammes.ShouldBe(["05.02", "01.02"]);
        after.Staff.ShouldBe([world.Employee.DisplayName]);
        (after.Stakeholders, after.ExternalContributors).ShouldBe(("Cittadini e imprese", "Regione Puglia"));
        after.Contributions.Select(c => (c.OrgUnitId, c.ContributionPct, c.ExpectedValue, c.MeasurementIndicators, c.ExpectedOutcome, c.AbsoluteWeight)).ShouldBe([
            (world.UnitI.Id, 75m, "95%", "Pratiche evase nei termini", "1", 13.5m),
            (world.UnitII.Id, 25m, null, null, null, 4.5m)]);
        // SPEC Example 5, objective a: Alto/Alto/Alto/Medio = 18.
        after.WeightingGrid.ShouldBe(new WeightingGridView(RatingLevel.High, RatingLevel.High, RatingLevel.High, RatingLevel.Medium, 18));
    }

    [Fact]
    public async Task AnEditWithoutTheNewPartsLeavesThemAsTheyWere()
    {
        var world = await WorldAsync();
        var card = world.Plan.ObjectivesOf("I")[1];
        await Edits.UpdateAsync(world.Head, card.Id, Keep(card) with
        {
            Parent = new ParentEdit(world.Strategic.Id, 60m),
            BudgetProgrammeIds = [world.Programmes[0].Id],
            StaffPersonIds = [world.Employee.Id],
            Parties = new PartiesEdit("Associazioni", null),
            Contributions = [new ContributionEdit(world.UnitI.Id, 100m)],
            WeightingGrid = new WeightingGridEdit(new WeightingGrid(RatingLevel.High, RatingLevel.Medium, RatingLevel.Medium, RatingLevel.Medium)),
        }, await VersionAsync(world, card.Id));

        await Edits.UpdateAsync(world.Head, card.Id, new ObjectiveEdit("Solo il titolo", Weight: 30m), await VersionAsync(world, card.Id));

        var after = await ReadAsync(world, card.Id);
        after.Title.ShouldBe("Solo il titolo");
        (after.ParentObjectiveId, after.ShareOfParentPct).ShouldBe((world.Strategic.Id, 60m));
        after.BudgetProgrammes.ShouldBe(["01.02"]);
        after.Staff.ShouldBe([world.Employee.DisplayName]);
        after.Stakeholders.ShouldBe("Associazioni");
        after.Contributions.Select(c => c.ContributionPct).ShouldBe([100m]);
        after.WeightingGrid.ShouldNotBeNull().Score.ShouldBe(14);
    }

    [Fact]
    public async Task EmptyPartsDetachTheParentAndRemoveTheRest()
    {
        var world = await WorldAsync();
        var card = world.Plan.ObjectivesOf("I")[0];
        await Edits.UpdateAsync(world.Head, card.Id, Keep(card) with
        {
            Parent = new ParentEdit(world.Strategic.Id, 40m),
            StaffPersonIds = [world.Employee.Id],
            Contributions = [new ContributionEdit(world.UnitI.Id, 100m)],
            WeightingGrid = new WeightingGridEdit(new WeightingGrid(RatingLevel.High, RatingLevel.High, RatingLevel.High, RatingLevel.Low)),
        }, await VersionAsync(world, card.Id));

        await Edits.UpdateAsync(world.Head, card.Id, Keep(card) with
        {
            Parent = ParentEdit.None,
            StaffPersonIds = [],
            Parties = new PartiesEdit(null, null),
            Contributions = [],
            WeightingGrid = WeightingGridEdit.None,
        }, await VersionAsync(world, card.Id));

        var after = await ReadAsync(world, card.Id);
        (after.ParentObjectiveId, after.ShareOfParentPct, after.Parent).ShouldBe((null, null, null));
        after.Staff.ShouldBeEmpty();
        after.Contributions.ShouldBeEmpty();
        after.WeightingGrid.ShouldBeNull();
    }

    [Fact]
    public async Task AnUnknownBudgetProgrammeIsRefusedUnderItsField()
    {
        var world = await WorldAsync();
        var card = world.Plan.ObjectivesOf("I")[0];

        var refused = await RefusedAsync(world, card, Keep(card) with { BudgetProgrammeIds = [world.Programmes[0].Id, Guid.NewGuid()] });

        refused.Field.ShouldBe(nameof(Objective.BudgetLinks));
        refused.Message.ShouldBe("Una coppia missione/programma scelta non esiste.");
        (await ReadAsync(world, card.Id)).BudgetProgrammes.ShouldBeEmpty();
    }

    [Fact]
    public async Task APersonNotOnTheUnitsStaffIsRefusedUnderPersonaleCoinvolto()
    {
        var world = await WorldAsync();
        var card = world.Plan.ObjectivesOf("I")[0];

        var otherUnit = await RefusedAsync(world, card, Keep(card) with { StaffPersonIds = [world.EmployeeOfII.Id] });
        var leftBefore = await RefusedAsync(world, card, Keep(card) with { StaffPersonIds = [world.FormerEmployee.Id] });

        otherUnit.Field.ShouldBe(nameof(Objective.Staff));
        otherUnit.Message.ShouldBe("Una persona scelta non fa parte del personale dell'unità nel ciclo del piano.");
        leftBefore.Field.ShouldBe(nameof(Objective.Staff));
        (await ReadAsync(world, card.Id)).Staff.ShouldBeEmpty();
    }

    [Fact]
    public async Task AParentFromAnotherPlanIsRefusedUnderTheParentField()
    {
        var world = await WorldAsync();
        var card = world.Plan.ObjectivesOf("I")[0];

        var otherPlan = await RefusedAsync(world, card, Keep(card) with { Parent = new ParentEdit(world.StrategicOfOtherPlan.Id, 40m) });
        var operational = await RefusedAsync(world, card, Keep(card) with { Parent = new ParentEdit(world.Plan.ObjectivesOf("II")[0].Id, 40m) });
        var noShare = await RefusedAsync(world, card, Keep(card) with { Parent = new ParentEdit(world.Strategic.Id) });

        (otherPlan.Field, otherPlan.Message).ShouldBe((nameof(Objective.ParentObjectiveId), "L'obiettivo strategico appartiene a un altro ciclo di pianificazione."));
        (operational.Field, operational.Message).ShouldBe((nameof(Objective.ParentObjectiveId), "L'obiettivo superiore deve essere un obiettivo strategico."));
        noShare.Field.ShouldBe(nameof(Objective.ShareOfParentPct));
        (await ReadAsync(world, card.Id)).ParentObjectiveId.ShouldBeNull();
    }

    [Fact]
    public async Task ContributionsNotTotalling100OrOfAnUnknownUnitAreRefusedUnderContributions()
    {
        var world = await WorldAsync();
        var card = world.Plan.ObjectivesOf("I")[0];

        var short90 = await RefusedAsync(world, card, Keep(card) with
        {
            Contributions = [new ContributionEdit(world.UnitI.Id, 60m), new ContributionEdit(world.UnitII.Id, 30m)],
        });
        var unknown = await RefusedAsync(world, card, Keep(card) with { Contributions = [new ContributionEdit(Guid.NewGuid(), 100m)] });

        (short90.Field, short90.Message).ShouldBe((nameof(Objective.Contributions), "Le percentuali di contribuzione devono sommare a 100 (totale indicato: 90)."));
        unknown.Field.ShouldBe(nameof(Objective.Contributions));
        (await ReadAsync(world, card.Id)).Contributions.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheSaveIsAuditedWithTheNewParts()
    {
        var world = await WorldAsync();
        var card = world.Plan.ObjectivesOf("I")[0];

        await Edits.UpdateAsync(world.Head, card.Id, Keep(card) with
        {
            Parent = new ParentEdit(world.Strategic.Id, 40m),
            StaffPersonIds = [world.Employee.Id],
            Parties = new PartiesEdit("Cittadini", null),
        }, await VersionAsync(world, card.Id), "Collegamento all'obiettivo strategico");

        var rows = (await database.AboutAsync(card.Id)).Where(r => r.Action == AuditAction.Modified).ToList();
        var row = rows.ShouldHaveSingleItem();
        row.ActorPersonId.ShouldBe(world.Plan.HeadOf("I").Id);
        row.Reason.ShouldBe("Collegamento all'obiettivo strategico");
        row.New()["ParentObjectiveId"]!.GetValue<string>().ShouldBe(world.Strategic.Id.ToString());
        row.New()["ShareOfParentPct"]!.GetValue<decimal>().ShouldBe(40m);
        row.New()["Stakeholders"]!.GetValue<string>().ShouldBe("Cittadini");
        row.New()[$"Staff[{world.Employee.Id}]"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task TheEditorOffersTheStrategicObjectivesWithTheirSharesAndOnlyTheUnitsStaff()
    {
        var world = await WorldAsync();
        var first = world.Plan.ObjectivesOf("I")[0];
        var second = world.Plan.ObjectivesOf("I")[1];
        await Edits.UpdateAsync(world.Head, first.Id, Keep(first) with { Parent = new ParentEdit(world.Strategic.Id, 40m) }, await VersionAsync(world, first.Id));

        var editor = (await database.Get<ObjectiveEditorQueries>().ForCardAsync(world.Head, second.Id)).ShouldNotBeNull();

        var parent = editor.Parents.Single(p => p.Id == world.Strategic.Id);
        parent.Siblings.Select(s => (s.Id, s.ShareOfParentPct)).ShouldBe([(first.Id, (decimal?)40m)]);
        parent.Shares.TotalWith(60m).ShouldBe(100m);
        parent.Shares.IsCompleteWith(50m).ShouldBeFalse();
        editor.Parents.ShouldNotContain(p => p.Id == world.StrategicOfOtherPlan.Id);
        editor.StaffChoices.Select(s => s.Id).ShouldBe([world.Employee.Id]);
        editor.BudgetProgrammes.Select(b => $"{b.Mission}.{b.Programme}").ShouldBe(["01.02", "05.02"]);
        editor.ShowsSharedParts.ShouldBeFalse();
    }

    private static ObjectiveEdit Keep(Objective card) => new(card.Title, card.Theme, card.Description, card.ExpectedResult, card.VerificationMethod, card.Weight);

    private async Task<DomainException> RefusedAsync(World world, Objective card, ObjectiveEdit edit) =>
        await Should.ThrowAsync<DomainException>(async () => await Edits.UpdateAsync(world.Head, card.Id, edit, await VersionAsync(world, card.Id)));

    private async Task<uint> VersionAsync(World world, Guid id) => (await ReadAsync(world, id)).Version;

    private async Task<ObjectiveView> ReadAsync(World world, Guid id) => (await Queries.GetObjectiveAsync(world.Head, id)).ShouldNotBeNull();

    /// <summary>
    /// A plan with settori I and II, a cross-cutting strategic objective, an employee of I in the cycle, one who left
    /// I before it, one of II, two (Missione, Programma) pairs, and a later plan of the same ente with its own
    /// strategic objective.
    /// </summary>
    private async Task<World> WorldAsync()
    {
        var plan = new TestPlan().Unit("I", 30m, 30m).Unit("II", 60m).CrossCutting(40m).WithIndicators();
        await plan.SaveAsync(database.ContextFactory);
        var ente = plan.Municipality.Id;
        var unitI = plan.Units.Single(u => u.Code == "I");
        var unitII = plan.Units.Single(u => u.Code == "II");
        var employee = new Person(ente, null, "Anna", "Impiegata");
        var former = new Person(ente, null, "Bruno", "Cessato");
        var ofII = new Person(ente, null, "Carla", "Altrove");
        var later = new PlanCycle(ente, 2027, 2029);
        var strategicLater = new Objective(later, ObjectiveLevel.Strategic, ObjectiveKind.CrossCutting, 1, "Obiettivo strategico del piano successivo", null);
        var programmes = new List<BudgetProgramme>
        {
            new(ente, "0.1", "0.2", "Servizi istituzionali, generali e di gestione", "Segreteria generale"),
            new(ente, "5", "2", "Tutela e valorizzazione dei beni e delle attività culturali", "Attività culturali"),
        };
        await using (var db = await database.NewContextAsync())
        {
            db.People.AddRange(employee, former, ofII);
            db.StaffAssignments.AddRange(
                new StaffAssignment(unitI, employee, "Istruttore amministrativo", ClassificationArea.Istruttori, new DateOnly(2020, 1, 1)),
                new StaffAssignment(unitI, former, "Operatore", ClassificationArea.Operatori, new DateOnly(2015, 1, 1), new DateOnly(2023, 6, 30)),
                new StaffAssignment(unitII, ofII, "Istruttore tecnico", ClassificationArea.Istruttori, new DateOnly(2020, 1, 1)));
            db.BudgetProgrammes.AddRange(programmes);
            db.PlanCycles.Add(later);
            db.Objectives.Add(strategicLater);
            await db.SaveChangesAsync();
        }

        var strategic = plan.Objectives.Single(o => o.Level == ObjectiveLevel.Strategic);
        return new World(plan, TestActors.Of(plan, plan.HeadOf("I")), unitI, unitII, strategic, strategicLater, employee, former, ofII, programmes);
    }

    private sealed record World(
        TestPlan Plan,
        Actor Head,
        OrgUnit UnitI,
        OrgUnit UnitII,
        Objective Strategic,
        Objective StrategicOfOtherPlan,
        Person Employee,
        Person FormerEmployee,
        Person EmployeeOfII,
        IReadOnlyList<BudgetProgramme> Programmes);
}
