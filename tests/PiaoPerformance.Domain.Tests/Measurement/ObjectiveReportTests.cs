using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Measurement;

public sealed class ObjectiveReportTests
{
    private static readonly Guid Head = Guid.NewGuid();
    private static readonly DateTimeOffset At = MeasurementPlans.At;

    [Fact]
    public void ProgressIsWrittenDuringMonitoraggioButNotBefore()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);

        DomainAssert.Refuses(() => report.AddProgress(PlanState.Approvato, new DateOnly(2024, 5, 1), "Avviata", 20m, Head, At), nameof(ObjectiveReport.Progress))
            .Message.ShouldBe("Il monitoraggio non è ancora aperto: il piano deve essere in Monitoraggio.");
        report.AddProgress(PlanState.Monitoraggio, new DateOnly(2024, 6, 30), "Bozza predisposta", 40m, Head, At);

        var entry = report.Progress.ShouldHaveSingleItem();
        (entry.Order, entry.Text, entry.ProgressPct, entry.IsLate).ShouldBe((1, "Bozza predisposta", 40m, false));
    }

    [Fact]
    public void AProgressDateOutsideTheYearIsRefused()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);

        DomainAssert.Refuses(() => report.AddProgress(PlanState.Monitoraggio, new DateOnly(2025, 1, 2), "Tardi", null, Head, At), "date")
            .Message.ShouldBe("Data dell'avanzamento: deve cadere nel 2024 (indicata 02/01/2025).");
    }

    [Fact]
    public void TheYearEndReportKeepsRealizzataTextAndActs()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);

        report.Report(PlanState.Rendicontazione, 100m, null, null, "Regolamento approvato", [new ActReferenceDraft("45", new DateOnly(2024, 11, 28), "Delibera di Consiglio")]);

        (report.RealizedPct, report.ReportText).ShouldBe((100m, "Regolamento approvato"));
        var act = report.Acts.ShouldHaveSingleItem();
        (act.Number, act.Date, act.Description).ShouldBe(("45", new DateOnly(2024, 11, 28), "Delibera di Consiglio"));
    }

    [Fact]
    public void AchievementOf120IsRefusedAndNothingChanges()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);
        report.Report(PlanState.Rendicontazione, 80m, null, null, "Testo", []);

        DomainAssert.Refuses(() => report.Report(PlanState.Rendicontazione, 120m, null, null, "Altro", []), nameof(ObjectiveReport.RealizedPct))
            .Message.ShouldBe("Percentuale realizzata: deve essere compreso tra 0 e 100 (valore indicato: 120).");

        (report.RealizedPct, report.ReportText).ShouldBe((80m, "Testo"));
    }

    [Fact]
    public void AnActWithoutDateIsRefusedNamingTheAct()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);

        DomainAssert.Refuses(() => report.Report(PlanState.Rendicontazione, 50m, null, null, "T", [new("1", new DateOnly(2024, 1, 2)), new("2", null)]), "acts[1].date")
            .Message.ShouldBe("Atto n. 2, data: campo obbligatorio.");
    }

    [Fact]
    public void SendingNeedsTheRelazioneAndThenClosesThePeriod()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);
        report.Report(PlanState.Rendicontazione, 100m, null, null, null, []);

        DomainAssert.Refuses(() => report.Submit(PlanState.Rendicontazione, Head, At), nameof(ObjectiveReport.ReportText));
        report.Report(PlanState.Rendicontazione, 100m, null, null, "Fatto", []);
        report.Submit(PlanState.Rendicontazione, Head, At);

        report.IsSubmitted.ShouldBeTrue();
        DomainAssert.Refuses(() => report.Report(PlanState.Rendicontazione, 90m, null, null, "Cambio", []), nameof(ObjectiveReport.ReportText))
            .Message.ShouldBe("La rendicontazione di questo obiettivo è chiusa: un inserimento tardivo richiede la riapertura (chi, quando, perché).");
    }

    [Fact]
    public void ALateEntryIntoAClosedPeriodNeedsAReopeningWithItsReasonAndIsMarkedLate()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);
        var segretario = Guid.NewGuid();
        DomainAssert.Refuses(() => report.AddProgress(PlanState.ValutazioneNiv, new DateOnly(2024, 12, 31), "Tardi", null, Head, At), nameof(ObjectiveReport.Progress));
        DomainAssert.Refuses(() => report.Reopen(PlanState.ValutazioneNiv, " ", segretario, At), "reason").Message.ShouldBe("Motivo della riapertura: campo obbligatorio.");

        report.Reopen(PlanState.ValutazioneNiv, "Atto pervenuto dopo la chiusura", segretario, At);
        report.AddProgress(PlanState.ValutazioneNiv, new DateOnly(2024, 12, 31), "Collaudo concluso", 100m, Head, At);
        report.Report(PlanState.ValutazioneNiv, 100m, null, null, "Concluso", []);
        report.Submit(PlanState.ValutazioneNiv, Head, At.AddHours(1));

        report.Progress.ShouldHaveSingleItem().IsLate.ShouldBeTrue();
        var reopening = report.Reopenings.ShouldHaveSingleItem();
        (reopening.Reason, reopening.ByPersonId, reopening.At, reopening.ClosedAt).ShouldBe(("Atto pervenuto dopo la chiusura", segretario, At, At.AddHours(1)));
        report.IsReopened.ShouldBeFalse("sending again closes the reopening");
        DomainAssert.Refuses(() => report.Report(PlanState.ValutazioneNiv, 90m, null, null, "Ancora", []), nameof(ObjectiveReport.ReportText));
    }

    [Fact]
    public void AnOpenReportNeedsNoReopening()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        var report = new ObjectiveReport(plan.Cycle, objective, 2024);

        DomainAssert.Refuses(() => report.Reopen(PlanState.Rendicontazione, "Perché sì", Head, At), "reason")
            .Message.ShouldBe("La rendicontazione è ancora aperta: non occorre riaprirla.");
    }

    [Fact]
    public void AYearMarkedNotApplicableOrOutsideThePlanIsRefused()
    {
        var (plan, objective) = MeasurementPlans.OneObjective();
        objective.SetYearTarget(plan.Cycle, 2025, null, notApplicable: true);

        DomainAssert.Refuses(() => new ObjectiveReport(plan.Cycle, objective, 2025), nameof(ObjectiveReport.Year)).Message
            .ShouldBe("Anno: l'obiettivo non è previsto per il 2025 (\"//\").");
        DomainAssert.Refuses(() => new ObjectiveReport(plan.Cycle, objective, 2027), nameof(ObjectiveReport.Year));
    }
}
