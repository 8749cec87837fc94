using Npgsql;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Lifecycle;

/// <summary>The plan's lifecycle through the service, on PostgreSQL: who may do what, approval checks, versions.</summary>
public sealed class PlanLifecycleServiceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateOnly Deliberation = new(2024, 1, 30);

    private PlanLifecycleService Lifecycle => database.Get<PlanLifecycleService>();

    private ObjectiveEditService Edits => database.Get<ObjectiveEditService>();

    private PlanQueries Queries => database.Get<PlanQueries>();

    [Fact]
    public async Task ApprovalIsRefusedWhileAPersonsWeightsTotalNinetyNineAndTheProblemNamesThem()
    {
        var plan = await new TestPlan().Unit("I", 30m, 29m).Unit("II", 60m).CrossCutting(40m).WithIndicators().WithSegretario().SaveAsync(database.ContextFactory);
        var segretario = TestActors.SegretarioOf(plan);

        var refused = await Should.ThrowAsync<ApprovalRefusedException>(() => Lifecycle.ApproveAsync(segretario, plan.Cycle.Id, "12", Deliberation));

        var problem = refused.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ApprovalProblemKind.WeightTotal);
        problem.Message.ShouldStartWith($"Settore I – {plan.HeadOf("I").DisplayName}: i pesi sommano a 99 % invece di 100 %");
        var view = (await Lifecycle.GetAsync(segretario, plan.Cycle.Id)).ShouldNotBeNull();
        view.State.ShouldBe(PlanState.Bozza);
        view.ApprovalProblems.Select(p => p.Message).ShouldBe([problem.Message], "the panel lists the same problem before anyone tries");
        (await Lifecycle.ListVersionsAsync(segretario, plan.Cycle.Id)).ShouldNotBeNull().ShouldBeEmpty();
    }

    [Fact]
    public async Task ApprovalIsRefusedWhileACardLacksIndicators()
    {
        var plan = await new TestPlan().Unit("I", 60m).CrossCutting(40m).WithSegretario().SaveAsync(database.ContextFactory);

        var refused = await Should.ThrowAsync<ApprovalRefusedException>(() => Lifecycle.ApproveAsync(TestActors.SegretarioOf(plan), plan.Cycle.Id, "12", Deliberation));

        refused.Problems.ShouldHaveSingleItem().Message.ShouldContain("manca almeno un indicatore");
    }

    [Fact]
    public async Task ApprovalRecordsTheDeliberationAndKeepsVersionOne()
    {
        var plan = await ApprovablePlanAsync();
        var segretario = TestActors.SegretarioOf(plan);

        var view = await Lifecycle.ApproveAsync(segretario, plan.Cycle.Id, "12", Deliberation);

        view.State.ShouldBe(PlanState.Approvato);
        view.IsFrozen.ShouldBeTrue();
        view.Approval.ShouldNotBeNull().DeliberationNumber.ShouldBe("12");
        view.Approval.DeliberationDate.ShouldBe(Deliberation);
        view.Approval.ApprovedBy.ShouldBe(plan.Segretario!.DisplayName);
        var version = (await Lifecycle.ListVersionsAsync(segretario, plan.Cycle.Id)).ShouldNotBeNull().ShouldHaveSingleItem();
        (version.VersionNumber, version.DeliberationNumber, version.IsCurrent).ShouldBe((1, "12", true));
    }

    [Fact]
    public async Task AnApprovedPlanRefusesEditsAtTheServiceLayerEvenTheSegretarios()
    {
        var plan = await ApprovablePlanAsync();
        var segretario = TestActors.SegretarioOf(plan);
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var card = plan.ObjectivesOf("I")[0];
        var version = await VersionOfAsync(head, card.Id);
        await Lifecycle.ApproveAsync(segretario, plan.Cycle.Id, "12", Deliberation);

        foreach (var actor in new[] { head, segretario })
        {
            var denied = await Should.ThrowAsync<AccessDeniedException>(() => Edits.UpdateAsync(actor, card.Id, Edit("Titolo cambiato dopo l'approvazione"), version));
            denied.Message.ShouldBe("Il piano è approvato: per modificarlo occorre una variazione.");
        }

        (await Queries.GetObjectiveAsync(head, card.Id)).ShouldNotBeNull().Title.ShouldBe(card.Title);
    }

    [Fact]
    public async Task AfterAVariazioneEditsWorkAgainAndVersionOneStillReadsTheOldValue()
    {
        var plan = await ApprovablePlanAsync();
        var segretario = TestActors.SegretarioOf(plan);
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var card = plan.ObjectivesOf("I")[0];
        await Lifecycle.ApproveAsync(segretario, plan.Cycle.Id, "12", Deliberation);

        var draft = await Lifecycle.StartVariationAsync(segretario, plan.Cycle.Id, "Nuovo finanziamento regionale", "88", new DateOnly(2024, 3, 1));
        await Edits.UpdateAsync(head, card.Id, Edit("Titolo della versione 2", weight: 35m), await VersionOfAsync(head, card.Id));
        var other = plan.ObjectivesOf("I")[1];
        await Edits.UpdateAsync(head, other.Id, Edit(other.Title, weight: 25m), await VersionOfAsync(head, other.Id));
        await Lifecycle.ApproveAsync(segretario, plan.Cycle.Id, "40", new DateOnly(2024, 3, 5));

        (draft.State, draft.VersionNumber).ShouldBe((PlanState.Bozza, 2));
        draft.CurrentVariation.ShouldNotBeNull().Reason.ShouldBe("Nuovo finanziamento regionale");
        var current = (await Queries.GetObjectiveAsync(head, card.Id)).ShouldNotBeNull();
        current.Title.ShouldBe("Titolo della versione 2");
        var first = (await Lifecycle.GetVersionAsync(head, plan.Cycle.Id, 1)).ShouldNotBeNull();
        var firstCard = first.Plan.Units.Single(u => u.Code == "I").Objectives.Single(o => o.Id == card.Id);
        firstCard.Title.ShouldBe(card.Title);
        firstCard.Weight.ShouldBe(30m);
        (first.Version.VersionNumber, first.Version.DeliberationNumber, first.Version.IsCurrent, first.Plan.State).ShouldBe((1, "12", false, PlanState.Approvato));
        var second = (await Lifecycle.GetVersionAsync(head, plan.Cycle.Id, 2)).ShouldNotBeNull();
        var secondCard = second.Plan.Units.Single(u => u.Code == "I").Objectives.Single(o => o.Id == card.Id);
        (secondCard.Title, secondCard.Weight).ShouldBe(("Titolo della versione 2", 35m));
        (second.Version.VariationReason, second.Version.VariationActNumber, second.Version.IsCurrent).ShouldBe(("Nuovo finanziamento regionale", "88", true));
    }

    [Fact]
    public async Task ASentUnitIsClosedToItsResponsabileUntilTheSegretarioSendsItBackWithAReason()
    {
        var plan = await ApprovablePlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var segretario = TestActors.SegretarioOf(plan);
        var card = plan.ObjectivesOf("I")[0];
        var unit = plan.Units.Single(u => u.Code == "I").Id;

        var sent = await Lifecycle.SubmitUnitAsync(head, plan.Cycle.Id, unit);
        var denied = await Should.ThrowAsync<AccessDeniedException>(async () => await Edits.UpdateAsync(head, card.Id, Edit("Dopo l'invio"), await VersionOfAsync(head, card.Id)));
        var returned = await Lifecycle.ReturnUnitAsync(segretario, plan.Cycle.Id, unit, "Rivedere il risultato atteso");
        await Edits.UpdateAsync(head, card.Id, Edit("Dopo la restituzione"), await VersionOfAsync(head, card.Id));

        sent.Units.Single(u => u.UnitId == unit).IsSubmitted.ShouldBeTrue();
        sent.State.ShouldBe(PlanState.Bozza, "unit II is still being drafted");
        denied.Message.ShouldStartWith("Le schede di questa unità sono state inviate per l'approvazione");
        var back = returned.Units.Single(u => u.UnitId == unit);
        (back.IsSubmitted, back.ReturnReason).ShouldBe((false, "Rivedere il risultato atteso"));
        (await Queries.GetObjectiveAsync(head, card.Id)).ShouldNotBeNull().Title.ShouldBe("Dopo la restituzione");
    }

    [Fact]
    public async Task ThePlanIsSentWhenEveryUnitIsSent()
    {
        var plan = await ApprovablePlanAsync();

        await Lifecycle.SubmitUnitAsync(TestActors.Of(plan, plan.HeadOf("I")), plan.Cycle.Id, plan.Units.Single(u => u.Code == "I").Id);
        var view = await Lifecycle.SubmitUnitAsync(TestActors.Of(plan, plan.HeadOf("II")), plan.Cycle.Id, plan.Units.Single(u => u.Code == "II").Id);

        view.State.ShouldBe(PlanState.Inviato);
        view.Units.ShouldAllBe(u => u.IsSubmitted);
    }

    [Fact]
    public async Task AResponsabileSendsOnlyTheirOwnUnit()
    {
        var plan = await ApprovablePlanAsync();

        var denied = await Should.ThrowAsync<AccessDeniedException>(() =>
            Lifecycle.SubmitUnitAsync(TestActors.Of(plan, plan.HeadOf("I")), plan.Cycle.Id, plan.Units.Single(u => u.Code == "II").Id));

        denied.Message.ShouldBe("Non sei responsabile di questa unità.");
    }

    [Fact]
    public async Task OnlyTheSegretarioApprovesAndRecordsVariazioni()
    {
        var plan = await ApprovablePlanAsync();
        var head = TestActors.Of(plan, plan.HeadOf("I"));

        await Should.ThrowAsync<AccessDeniedException>(() => Lifecycle.ApproveAsync(head, plan.Cycle.Id, "12", Deliberation));
        await Should.ThrowAsync<AccessDeniedException>(() => Lifecycle.ApproveAsync(TestActors.NivOf(plan), plan.Cycle.Id, "12", Deliberation));
        await Lifecycle.ApproveAsync(TestActors.SegretarioOf(plan), plan.Cycle.Id, "12", Deliberation);
        await Should.ThrowAsync<AccessDeniedException>(() => Lifecycle.StartVariationAsync(head, plan.Cycle.Id, "Motivo", "88", Deliberation));
    }

    [Fact]
    public async Task TheSegretarioTakesThePlanToValutazioneNivAndTheNivValidatesIt()
    {
        var plan = await ApprovablePlanAsync();
        var segretario = TestActors.SegretarioOf(plan);
        var niv = TestActors.NivOf(plan);
        await Lifecycle.ApproveAsync(segretario, plan.Cycle.Id, "12", Deliberation);

        await Should.ThrowAsync<AccessDeniedException>(() => Lifecycle.AdvanceAsync(niv, plan.Cycle.Id));
        (await Lifecycle.AdvanceAsync(segretario, plan.Cycle.Id)).State.ShouldBe(PlanState.Monitoraggio);
        (await Lifecycle.AdvanceAsync(segretario, plan.Cycle.Id)).State.ShouldBe(PlanState.Rendicontazione);
        var atNiv = await Lifecycle.AdvanceAsync(segretario, plan.Cycle.Id);
        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Lifecycle.AdvanceAsync(segretario, plan.Cycle.Id));
        var validated = await Lifecycle.AdvanceAsync(niv, plan.Cycle.Id);

        (atNiv.State, atNiv.NextState).ShouldBe((PlanState.ValutazioneNiv, PlanState.Validato));
        denied.Message.ShouldBe("Solo il Nucleo indipendente di valutazione valida il piano.");
        (validated.State, validated.NextState, validated.Can.Advance).ShouldBe((PlanState.Validato, null, false));
    }

    [Fact]
    public async Task AnApprovalWaitsForACardEditInProgressAndKeepsItInTheApprovedVersion()
    {
        var plan = await ApprovablePlanAsync();
        var card = plan.ObjectivesOf("I")[0];
        await using var editor = new NpgsqlConnection(database.ConnectionString);
        await editor.OpenAsync();
        await using var edit = await editor.BeginTransactionAsync();
        // What ObjectiveEditService does: hold the plan shared, then write the card.
        await ExecuteAsync(editor, """SELECT 1 FROM "PlanCycles" WHERE "Id" = @id FOR SHARE""", plan.Cycle.Id);
        await ExecuteAsync(editor, """UPDATE "Objectives" SET "Title" = 'Modificato durante l''approvazione' WHERE "Id" = @id""", card.Id);

        var approval = Lifecycle.ApproveAsync(TestActors.SegretarioOf(plan), plan.Cycle.Id, "12", Deliberation);
        await Task.Delay(500);
        approval.IsCompleted.ShouldBeFalse("the approval waits for the edit holding the plan");
        await edit.CommitAsync();
        await approval;

        var approved = (await Lifecycle.GetVersionAsync(TestActors.SegretarioOf(plan), plan.Cycle.Id, 1)).ShouldNotBeNull();
        approved.Plan.Units.Single(u => u.Code == "I").Objectives.Single(o => o.Id == card.Id).Title.ShouldBe("Modificato durante l'approvazione");
    }

    [Fact]
    public async Task AnotherEntesPlanIsNotFound()
    {
        var plan = await ApprovablePlanAsync();
        var other = await new TestPlan("Comune di Acquaviva").Unit("I", 60m).WithSegretario().SaveAsync(database.ContextFactory);
        var stranger = TestActors.SegretarioOf(other);

        await Should.ThrowAsync<NotFoundException>(() => Lifecycle.ApproveAsync(stranger, plan.Cycle.Id, "12", Deliberation));
        await Should.ThrowAsync<NotFoundException>(() => Lifecycle.SubmitUnitAsync(stranger, plan.Cycle.Id, plan.Units[0].Id));
        (await Lifecycle.GetAsync(stranger, plan.Cycle.Id)).ShouldBeNull();
        (await Lifecycle.ListVersionsAsync(stranger, plan.Cycle.Id)).ShouldBeNull();
        await Should.ThrowAsync<NotFoundException>(() => Edits.UpdateAsync(stranger, plan.Objectives[0].Id, Edit("Intruso"), 0));
    }

    private async Task<TestPlan> ApprovablePlanAsync() =>
        await new TestPlan().Unit("I", 30m, 30m).Unit("II", 60m).CrossCutting(40m).WithIndicators().WithSegretario().SaveAsync(database.ContextFactory);

    private async Task<uint> VersionOfAsync(Actor actor, Guid objectiveId) =>
        (await Queries.GetObjectiveAsync(actor, objectiveId)).ShouldNotBeNull().Version;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, Guid id)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    private static ObjectiveEdit Edit(string title, decimal? weight = 30m) =>
        new(title, "DIGITALIZZAZIONE", null, "Risultato atteso", null, weight, [new YearTargetEdit(2024, 100m)]);
}
