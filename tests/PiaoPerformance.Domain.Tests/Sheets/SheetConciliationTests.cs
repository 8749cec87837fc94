using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Sheets;

/// <summary>SPEC §4.15 and Example 10 (Mon–Fri with the Italian holidays of 2025).</summary>
public sealed class SheetConciliationTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private readonly SheetBuilder _build = new();

    [Fact]
    public void NotifyingOnMonday3March2025GivesObservationsUntilMonday17March()
    {
        var sheet = _build.Filled();

        var version = sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System);

        sheet.State.ShouldBe(SheetState.Notificata);
        sheet.ObservationsDue.ShouldBe(new DateOnly(2025, 3, 17));
        sheet.Deadline!.Party.ShouldBe(SheetParty.Valutato);
        version.Number.ShouldBe(1);
        version.D.ShouldBe(92.125m);
        version.BandLabel.ShouldNotBeNull();
    }

    [Fact]
    public void ObservationsOn17MarchGiveTheEvaluatorUntilMonday31March()
    {
        var sheet = _build.Filled();
        sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System);

        sheet.Observe(new DateOnly(2025, 3, 17), "Il comportamento II.B merita 5.", Calendar);

        sheet.State.ShouldBe(SheetState.Osservazioni);
        sheet.ReviewDue.ShouldBe(new DateOnly(2025, 3, 31));
        sheet.Deadline!.Party.ShouldBe(SheetParty.Valutatore);
        sheet.IsOverdueOn(new DateOnly(2025, 3, 31)).ShouldBeFalse();
        sheet.IsOverdueOn(new DateOnly(2025, 4, 1)).ShouldBeTrue();
    }

    [Fact]
    public void NotifyingOnThursday17AprilSkipsEasterMondayLiberationDayAndMayDay()
    {
        var sheet = _build.Filled();

        sheet.Notify(_build.Evaluator, new DateOnly(2025, 4, 17), Calendar, SheetBuilder.System);

        sheet.ObservationsDue.ShouldBe(new DateOnly(2025, 5, 6));
    }

    [Fact]
    public void ObservationsAfterTheDeadlineAreRefused()
    {
        var sheet = _build.Filled();
        sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System);

        var error = DomainAssert.Refuses(() => sheet.Observe(new DateOnly(2025, 3, 18), "Tardive", Calendar), "observations");

        error.Message.ShouldContain("17/03/2025");
        sheet.State.ShouldBe(SheetState.Notificata);
        sheet.IsOverdueOn(new DateOnly(2025, 3, 18)).ShouldBeTrue();
    }

    [Fact]
    public void ModifiedSheetIsANewVersionAndTheFinalReplacesItWithEveryVersionKept()
    {
        var sheet = _build.Filled();
        sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System);
        sheet.Observe(new DateOnly(2025, 3, 10), "Il comportamento II.B merita 5.", Calendar);

        sheet.SetScores([5, 4, 5, 5, 5, 4, 5, 4, 5, 4], null, SheetBuilder.System);
        sheet.Modify(_build.Evaluator, new DateOnly(2025, 3, 20), "Accolte le osservazioni su II.B", SheetBuilder.System);
        sheet.Accept(new DateOnly(2025, 3, 24));
        var final = sheet.Validate(Guid.NewGuid(), new DateOnly(2025, 3, 25));

        sheet.State.ShouldBe(SheetState.Validata);
        sheet.Versions.Select(v => v.State).ShouldBe([SheetState.Notificata, SheetState.Modificata, SheetState.Validata]);
        sheet.Versions[0].C.ShouldBe(45m);
        sheet.Versions[0].Scores.ShouldBe("5,4,5,4,5,4,5,4,5,4");
        sheet.Versions[1].C.ShouldBe(46m);
        final.C.ShouldBe(46m);
        sheet.Final.ShouldBe(final);
        sheet.SignedOn.ShouldBe(new DateOnly(2025, 3, 24));
    }

    [Fact]
    public void AValidatedSheetRefusesEveryChange()
    {
        var sheet = _build.Filled();
        sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System);
        sheet.Accept(new DateOnly(2025, 3, 4));
        sheet.Validate(Guid.NewGuid(), new DateOnly(2025, 3, 5));

        var error = DomainAssert.Refuses(() => sheet.SetScores(SheetBuilder.ExampleScores, null, SheetBuilder.System), "state");
        error.Message.ShouldBe("La scheda è validata: non può più essere modificata.");
        DomainAssert.Refuses(() => sheet.SetEntePerformance(50m), "state");
        DomainAssert.Refuses(() => sheet.Accept(new DateOnly(2025, 3, 6)), "state");
        DomainAssert.Refuses(() => sheet.Validate(Guid.NewGuid(), new DateOnly(2025, 3, 6)), "state");
        sheet.Versions.Count.ShouldBe(2);
    }

    [Fact]
    public void ConfirmingAfterChangingTheSheetIsRefusedInFavourOfModify()
    {
        var sheet = _build.Filled();
        sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System);
        sheet.Observe(new DateOnly(2025, 3, 5), "Osservazioni", Calendar);
        sheet.SetEntePerformance(80m);

        DomainAssert.Refuses(() => sheet.Confirm(_build.Evaluator, new DateOnly(2025, 3, 6), null, SheetBuilder.System), "state");

        sheet.SetEntePerformance(96m);
        sheet.Confirm(_build.Evaluator, new DateOnly(2025, 3, 6), "Giudizio confermato", SheetBuilder.System);
        sheet.State.ShouldBe(SheetState.Confermata);
        sheet.Versions.Count.ShouldBe(1);
    }

    [Fact]
    public void ContestComesAfterTheEvaluatorsAnswerAndNeedsReasons()
    {
        var sheet = _build.Filled();
        sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System);

        DomainAssert.Refuses(() => sheet.Contest(new DateOnly(2025, 3, 4), "No"), "state");
        sheet.Observe(new DateOnly(2025, 3, 5), "Osservazioni", Calendar);
        sheet.Confirm(_build.Evaluator, new DateOnly(2025, 3, 6), null, SheetBuilder.System);
        DomainAssert.Refuses(() => sheet.Contest(new DateOnly(2025, 3, 7), " "), "note");
        sheet.Contest(new DateOnly(2025, 3, 7), "Ricorso al giudice del lavoro");

        sheet.State.ShouldBe(SheetState.Contestata);
        sheet.Validate(Guid.NewGuid(), new DateOnly(2025, 3, 10));
        sheet.State.ShouldBe(SheetState.Validata);
    }

    [Fact]
    public void ANotifiedSheetIsValidatedOnlyAfterTheObservationsDeadlinePassesInSilence()
    {
        var sheet = _build.Filled();
        sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System);

        DomainAssert.Refuses(() => sheet.Validate(Guid.NewGuid(), new DateOnly(2025, 3, 17)), "state");
        sheet.Validate(Guid.NewGuid(), new DateOnly(2025, 3, 18));

        sheet.State.ShouldBe(SheetState.Validata);
    }

    [Fact]
    public void ADraftCannotBeNotifiedTwiceNorObservedBeforeNotification()
    {
        var sheet = _build.Filled();
        DomainAssert.Refuses(() => sheet.Observe(new DateOnly(2025, 3, 3), "Troppo presto", Calendar), "state");
        sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System);

        DomainAssert.Refuses(() => sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 4), Calendar, SheetBuilder.System), "state");
        DomainAssert.Refuses(() => sheet.SetScores(SheetBuilder.ExampleScores, null, SheetBuilder.System), "state");
    }

    [Fact]
    public void AnIncompleteSheetIsNotNotified()
    {
        var sheet = _build.Draft();

        DomainAssert.Refuses(() => sheet.Notify(_build.Evaluator, new DateOnly(2025, 3, 3), Calendar, SheetBuilder.System), "entePerformance");

        sheet.State.ShouldBe(SheetState.Bozza);
        sheet.Versions.ShouldBeEmpty();
    }
}
