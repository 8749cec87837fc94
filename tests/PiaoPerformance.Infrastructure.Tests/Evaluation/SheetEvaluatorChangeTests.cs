using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Evaluation;

/// <summary>SPEC §4.13 through the service: the Segretario records that resp2 left on 30 April 2025 and names resp3.</summary>
public sealed class SheetEvaluatorChangeTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private static readonly DateOnly LeftOn = new(2025, 4, 30);
    private readonly SheetTestKit _kit = new(demo);

    [Fact]
    public async Task TheReplacementPersistsAndAccessFollowsIt()
    {
        var sheet = await _kit.OpenEmployeeSheetAsync(0, 2025);
        var (segretario, resp2, resp3) = (await _kit.SignedInAsync("segretario"), await _kit.SignedInAsync("resp2"), await _kit.SignedInAsync("resp3"));

        var changed = await _kit.Sheets.ReplaceEvaluatorAsync(segretario, sheet.Id, resp2.PersonId, LeftOn, resp3.PersonId, "Trasferita", sheet.Version);

        changed.Evaluators.ShouldHaveSingleItem().PersonId.ShouldBe(resp3.PersonId);
        changed.Version.ShouldNotBe(sheet.Version, "a change of the evaluators alone still moves the sheet's version on");
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            _kit.Sheets.ReplaceEvaluatorAsync(segretario, sheet.Id, resp2.PersonId, LeftOn, resp3.PersonId, null, sheet.Version));
        var change = changed.EvaluatorChanges.ShouldHaveSingleItem();
        (change.FormerPersonId, change.LeftOn, change.PartialRecorded, change.Note).ShouldBe((resp2.PersonId, LeftOn, false, "Trasferita"));
        var read = (await _kit.Sheets.GetAsync(resp3, sheet.Id)).ShouldNotBeNull();
        read.Can.Fill.ShouldBeTrue();
        read.EvaluatorChanges.ShouldHaveSingleItem().ReplacementPersonId.ShouldBe(resp3.PersonId);
        (await _kit.Sheets.ListToEvaluateAsync(resp3)).ShouldContain(s => s.Id == sheet.Id);
        (await _kit.Sheets.ListToEvaluateAsync(resp2)).ShouldNotContain(s => s.Id == sheet.Id);
        var edited = await _kit.Sheets.UpdateAsync(resp3, sheet.Id, new SheetEdit(EntePerformance: 90m), read.Version);
        edited.Inputs.EntePerformance.ShouldBe(90m);
        await Should.ThrowAsync<AccessDeniedException>(() => _kit.Sheets.UpdateAsync(resp2, sheet.Id, new SheetEdit(EntePerformance: 80m), edited.Version));
        (await demo.AboutAsync(sheet.Id)).Count.ShouldBeGreaterThanOrEqualTo(3, "opened, evaluator changed, edited");
    }

    [Fact]
    public async Task TheFinalEvaluatorRecordsThePartialOfTheOneWhoLeftAndCombinesIt()
    {
        var sheet = await _kit.OpenEmployeeSheetAsync(1, 2025);
        var (segretario, resp2, resp3) = (await _kit.SignedInAsync("segretario"), await _kit.SignedInAsync("resp2"), await _kit.SignedInAsync("resp3"));
        var changed = await _kit.Sheets.ReplaceEvaluatorAsync(segretario, sheet.Id, resp2.PersonId, LeftOn, resp3.PersonId, null, sheet.Version);

        var partial = await _kit.Sheets.AddPartialEvaluationAsync(resp3, sheet.Id, resp2.PersonId, new DateOnly(2025, 1, 1), LeftOn, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], null,
            changed.Version);
        var combined = await _kit.Sheets.CombinePartialEvaluationsAsync(resp3, sheet.Id, LeftOn.AddDays(1), [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], partial.Version);

        partial.EvaluatorChanges.ShouldHaveSingleItem().PartialRecorded.ShouldBeTrue();
        combined.Items.Select(i => i.Score).ShouldAllBe(s => s == 4);
    }

    [Fact]
    public async Task OnlyTheSegretarioRecordsAChangeAgainstTheVersionReadWithAPersonOfTheEnte()
    {
        var sheet = await _kit.OpenEmployeeSheetAsync(2, 2025);
        var (segretario, resp2, resp3) = (await _kit.SignedInAsync("segretario"), await _kit.SignedInAsync("resp2"), await _kit.SignedInAsync("resp3"));
        var edited = await _kit.Sheets.UpdateAsync(resp2, sheet.Id, new SheetEdit(EntePerformance: 91m), sheet.Version);

        await Should.ThrowAsync<AccessDeniedException>(() =>
            _kit.Sheets.ReplaceEvaluatorAsync(resp2, sheet.Id, resp2.PersonId, LeftOn, resp3.PersonId, null, edited.Version));
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            _kit.Sheets.ReplaceEvaluatorAsync(segretario, sheet.Id, resp2.PersonId, LeftOn, resp3.PersonId, null, sheet.Version));
        (await Should.ThrowAsync<DomainException>(() =>
            _kit.Sheets.ReplaceEvaluatorAsync(segretario, sheet.Id, resp2.PersonId, LeftOn, Guid.NewGuid(), null, edited.Version))).Field.ShouldBe("replacementPersonId");
        (await Should.ThrowAsync<DomainException>(() =>
            _kit.Sheets.ReplaceEvaluatorAsync(segretario, sheet.Id, resp2.PersonId, new DateOnly(2026, 1, 31), resp3.PersonId, null, edited.Version))).Field.ShouldBe("leftOn");
        (await _kit.Sheets.GetAsync(segretario, sheet.Id)).ShouldNotBeNull().Evaluators.ShouldHaveSingleItem().PersonId.ShouldBe(resp2.PersonId);
    }
}
