using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Evaluation;

/// <summary>Sheets persisted on real PostgreSQL: the demo's sheets, who reads what, conciliation with versions, refusals, concurrency, audit.</summary>
public sealed class EvaluationSheetServiceTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private readonly SheetTestKit _kit = new(demo);

    private EvaluationSheetService Sheets => _kit.Sheets;

    [Fact]
    public async Task TheDemoEmployeeSeesOnlyTheirOwnSheetWithTheEnginesFigures()
    {
        var dip1 = await _kit.SignedInAsync("dip1");

        var mine = (await Sheets.ListMineAsync(dip1)).ShouldHaveSingleItem();
        var sheet = (await Sheets.GetAsync(dip1, mine.Id)).ShouldNotBeNull();

        sheet.PersonId.ShouldBe(dip1.PersonId);
        sheet.State.ShouldBe(SheetState.Bozza);
        sheet.Items.Count.ShouldBe(10);
        sheet.Items[3].Levels.Single(l => l.Score == 5).Descriptor.ShouldStartWith("Accetta molto positivamente");
        var input = new SheetInput
        {
            Role = EvaluatedRole.Dipendente,
            Year = 2024,
            EntePerformance = 92m,
            Objectives = sheet.Objectives.Select(o => new ObjectiveInput(o.Code, o.Weight, AchievementInput.Direct(o.AgreedPct!.Value))).ToList(),
            BehaviourScores = [5, 4, 4, 4, 5, 3, 4, 4, 5, 4],
            Pay = new PayInput { Maximum = 1_200m },
        };
        var expected = SheetCalculator.Score(input, EvaluationSystem.CassinoDefault, new Explanation());
        var figures = sheet.Figures.ShouldNotBeNull();
        figures.Frozen.ShouldBeFalse();
        figures.D.ShouldBe(expected.D);
        figures.BandLabel.ShouldBe(expected.Band!.Label);
        figures.Pay.ShouldBe(expected.Pay);
        sheet.Can.Observe.ShouldBeFalse();
        sheet.Can.Fill.ShouldBeFalse();
    }

    [Fact]
    public async Task TheEmployeeIsRefusedAColleaguesSheetAndAnotherEntesIdIsNotFound()
    {
        var dip1 = await _kit.SignedInAsync("dip1");
        var all = await Sheets.ListAllAsync(await _kit.SignedInAsync("segretario"), 2024);
        var colleague = all.First(s => s.PersonId != dip1.PersonId && s.Role == EvaluatedRole.Dipendente);

        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Sheets.GetAsync(dip1, colleague.Id));

        denied.Message.ShouldBe(AccessRules.NotYourSheet);
        (await Sheets.GetAsync(dip1, Guid.NewGuid())).ShouldBeNull();
        await Should.ThrowAsync<AccessDeniedException>(() => Sheets.ListAllAsync(dip1, null));
        await Should.ThrowAsync<AccessDeniedException>(async () => await Sheets.GetAsync(await _kit.SignedInAsync("giunta"), colleague.Id));
    }

    [Fact]
    public async Task EvaluatorsListTheirSheetsAndAnotherHeadCannotFillThem()
    {
        var resp2 = await _kit.SignedInAsync("resp2");
        var resp1 = await _kit.SignedInAsync("resp1");

        var toEvaluate = await Sheets.ListToEvaluateAsync(resp2);
        var niv = await Sheets.ListToEvaluateAsync(await _kit.SignedInAsync("niv"));

        toEvaluate.Count.ShouldBeGreaterThanOrEqualTo(2);
        toEvaluate.ShouldAllBe(s => s.Role == EvaluatedRole.Dipendente);
        niv.ShouldContain(s => s.Role == EvaluatedRole.Eq && s.PersonId == resp2.PersonId);
        var denied = await Should.ThrowAsync<AccessDeniedException>(() =>
            Sheets.UpdateAsync(resp1, toEvaluate[0].Id, new SheetEdit(EntePerformance: 10m), 0));
        denied.Message.ShouldBe(AccessRules.NotYourSheet);
    }

    [Fact]
    public async Task AConciliationRunsWithCalendarDeadlinesAndKeepsEveryVersionReadable()
    {
        var sheet = await _kit.FillAsync(await _kit.OpenEmployeeSheetAsync(2, 2025));
        var (resp2, segretario, employee) = (await _kit.SignedInAsync("resp2"), await _kit.SignedInAsync("segretario"), await _kit.PersonAsync(sheet.PersonId));

        var notified = await Sheets.NotifyAsync(resp2, sheet.Id, new DateOnly(2025, 3, 3), sheet.Version);
        notified.Conciliation.ObservationsDue.ShouldBe(new DateOnly(2025, 3, 17));
        var observed = await Sheets.ObserveAsync(employee, sheet.Id, "Chiedo di rivedere il punteggio II.B.", new DateOnly(2025, 3, 17));
        observed.Conciliation.ReviewDue.ShouldBe(new DateOnly(2025, 3, 31));
        observed.Conciliation.Deadline!.Party.ShouldBe(SheetParty.Valutatore);
        var changed = await Sheets.UpdateAsync(resp2, sheet.Id, new SheetEdit([5, 4, 4, 5, 5, 3, 4, 4, 5, 4]), observed.Version);
        await Sheets.ModifyAsync(resp2, sheet.Id, "Accolta l'osservazione su II.B", new DateOnly(2025, 3, 20), changed.Version);
        await Sheets.AcceptAsync(employee, sheet.Id, new DateOnly(2025, 3, 24));
        await Sheets.ValidateAsync(segretario, sheet.Id, new DateOnly(2025, 3, 25));

        var final = (await Sheets.GetAsync(segretario, sheet.Id)).ShouldNotBeNull();
        final.State.ShouldBe(SheetState.Validata);
        final.Versions.Select(v => v.State).ShouldBe([SheetState.Notificata, SheetState.Modificata, SheetState.Validata]);
        final.Versions[0].Figures.C.ShouldBe(42m);
        final.Versions[1].Figures.C.ShouldBe(43m);
        final.Figures!.Frozen.ShouldBeTrue();
        final.Figures.C.ShouldBe(43m);
        final.Versions[0].By.ShouldNotBeEmpty();
        (await demo.AboutAsync(sheet.Id)).Count.ShouldBeGreaterThanOrEqualTo(7);
    }

    [Fact]
    public async Task AValidatedSheetRefusesAnEditInItalianAndNothingIsSaved()
    {
        var sheet = await _kit.FillAsync(await _kit.OpenEmployeeSheetAsync(3, 2025));
        var resp2 = await _kit.SignedInAsync("resp2");
        var employee = await _kit.PersonAsync(sheet.PersonId);
        await Sheets.NotifyAsync(resp2, sheet.Id, new DateOnly(2025, 3, 3));
        await Sheets.AcceptAsync(employee, sheet.Id, new DateOnly(2025, 3, 4));
        var validated = await Sheets.ValidateAsync(await _kit.SignedInAsync("niv"), sheet.Id, new DateOnly(2025, 3, 5));

        var error = await Should.ThrowAsync<DomainException>(() =>
            Sheets.UpdateAsync(resp2, sheet.Id, new SheetEdit([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), validated.Version));

        error.Message.ShouldBe("La scheda è validata: non può più essere modificata.");
        var after = (await Sheets.GetAsync(resp2, sheet.Id)).ShouldNotBeNull();
        after.Items.Select(i => i.Score).ShouldBe(SheetTestKit.Scores.Select(s => (int?)s));
        after.Versions.Count.ShouldBe(2);
        after.Version.ShouldBe(validated.Version);
    }

    [Fact]
    public async Task TheSecondOfTwoSavesFromTheSameVersionIsAConflict()
    {
        var sheet = await _kit.FillAsync(await _kit.OpenEmployeeSheetAsync(2, 2026));
        var resp2 = await _kit.SignedInAsync("resp2");

        await Sheets.UpdateAsync(resp2, sheet.Id, new SheetEdit(EntePerformance: 80m), sheet.Version);

        await Should.ThrowAsync<ConcurrencyConflictException>(() => Sheets.UpdateAsync(resp2, sheet.Id, new SheetEdit(EntePerformance: 70m), sheet.Version));
        (await Sheets.GetAsync(resp2, sheet.Id))!.Inputs.EntePerformance.ShouldBe(80m);
    }

    [Fact]
    public async Task AnAchievementOf120IsRefusedNamingItsFieldAndOnlyTheNivTakesThem()
    {
        var sheet = await _kit.OpenEmployeeSheetAsync(4, 2025);
        var achievements = SheetTestKit.Achievements(sheet).Select((a, i) => i == 2 ? a with { Pct = 120m } : a).ToList();

        var error = await Should.ThrowAsync<DomainException>(async () => await Sheets.TakeAgreedAchievementsAsync(await _kit.SignedInAsync("niv"), sheet.Id, achievements));
        await Should.ThrowAsync<AccessDeniedException>(async () =>
            await Sheets.TakeAgreedAchievementsAsync(await _kit.SignedInAsync("resp2"), sheet.Id, SheetTestKit.Achievements(sheet)));

        error.Field.ShouldBe("achievements[2].pct");
        (await Sheets.GetAsync(await _kit.SignedInAsync("niv"), sheet.Id))!.Objectives.ShouldAllBe(o => o.AgreedPct == null);
    }

    [Fact]
    public async Task ObservationsAfterTheDeadlineAreRefusedAndTheSheetIsOverdue()
    {
        var sheet = await _kit.FillAsync(await _kit.OpenEmployeeSheetAsync(4, 2026));
        var resp2 = await _kit.SignedInAsync("resp2");
        await Sheets.NotifyAsync(resp2, sheet.Id, new DateOnly(2025, 4, 17));

        var error = await Should.ThrowAsync<DomainException>(async () =>
            await Sheets.ObserveAsync(await _kit.PersonAsync(sheet.PersonId), sheet.Id, "Tardive", new DateOnly(2025, 5, 7)));

        error.Message.ShouldContain("06/05/2025");
        var listed = (await Sheets.ListToEvaluateAsync(resp2)).Single(s => s.Id == sheet.Id);
        listed.Deadline!.Due.ShouldBe(new DateOnly(2025, 5, 6));
        listed.Deadline.Overdue.ShouldBeTrue();
    }

    [Fact]
    public async Task ADateInTheFutureIsRefused()
    {
        var sheet = await _kit.FillAsync(await _kit.OpenEmployeeSheetAsync(1, 2025));

        var error = await Should.ThrowAsync<DomainException>(async () =>
            await Sheets.NotifyAsync(await _kit.SignedInAsync("resp2"), sheet.Id, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5)));

        error.Field.ShouldBe("on");
    }

    [Fact]
    public async Task OnlyTheSegretarioOpensSheets() =>
        await Should.ThrowAsync<AccessDeniedException>(async () => await Sheets.OpenAsync(await _kit.SignedInAsync("resp2"),
            new SheetOpen(demo.Plan.Id, _kit.SettoreII.Staff[0].PersonId, 2026, EvaluatedRole.Dipendente, _kit.SettoreII.Id, [])));

    [Fact]
    public async Task TheSheetsAuditRowsAreReadByTheSegretarioButNotByTheAmministratore()
    {
        var sheet = await _kit.FillAsync(await _kit.OpenEmployeeSheetAsync(1, 2026));
        var filter = new PiaoPerformance.Infrastructure.Audit.AuditFilter(EntityId: sheet.Id);

        var segretario = await demo.Get<PiaoPerformance.Infrastructure.Audit.AuditQueries>().FindAsync(await _kit.SignedInAsync("segretario"), filter);
        var admin = await demo.Get<PiaoPerformance.Infrastructure.Audit.AuditQueries>().FindAsync(await _kit.SignedInAsync("admin"), filter);

        segretario.Rows.Count.ShouldBe(3);
        segretario.Rows.ShouldAllBe(r => r.Subject.StartsWith("Scheda di valutazione"));
        admin.Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task ThePartialEvaluationOfAHeadWhoLeftIsCombinedByTheFinalEvaluatorAndStored()
    {
        var sheet = await _kit.FillAsync(await _kit.OpenEmployeeSheetAsync(3, 2026));
        var (resp2, formerHead) = (await _kit.SignedInAsync("resp2"), await _kit.SignedInAsync("resp1"));

        var partial = await Sheets.AddPartialEvaluationAsync(resp2, sheet.Id, formerHead.PersonId, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31),
            [1, 2, 3, 4, 5, 5, 5, 5, 5, 1], "Valutazione del responsabile trasferito al 31 marzo", sheet.Version);
        var combined = await Sheets.CombinePartialEvaluationsAsync(resp2, sheet.Id, new DateOnly(2026, 4, 1), [5, 5, 5, 5, 5, 1, 2, 3, 4, 5], partial.Version);

        // 2026: 90 days to 31 March, 275 after. (1×90 + 5×275)/365 = 4,01 → 4; (5×90 + 3×275)/365 = 3,49 → 3.
        combined.Items.Select(i => i.Score).ShouldBe([4, 4, 5, 5, 5, 2, 3, 3, 4, 4]);
        var reread = (await Sheets.GetAsync(resp2, sheet.Id))!;
        reread.PartialEvaluations.ShouldHaveSingleItem().Scores.ShouldBe([1, 2, 3, 4, 5, 5, 5, 5, 5, 1]);
        reread.PartialEvaluations[0].Evaluator.ShouldNotBeEmpty();
        await Should.ThrowAsync<AccessDeniedException>(() => Sheets.AddPartialEvaluationAsync(formerHead, sheet.Id, formerHead.PersonId,
            new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), SheetTestKit.Scores, null));
    }
}
