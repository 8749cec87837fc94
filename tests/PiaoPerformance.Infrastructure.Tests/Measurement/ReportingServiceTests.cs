using System.Text;
using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Measurement;

/// <summary>The responsabile's reports through the service, on PostgreSQL: saved and read back, refusals, evidence, reopening, concurrency.</summary>
public sealed class ReportingServiceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% relazione del responsabile\n%%EOF\n");

    private ReportingService Reporting => database.Get<ReportingService>();

    private MeasurementQueries Queries => database.Get<MeasurementQueries>();

    [Fact]
    public async Task TheHeadOfTheUnitReportsProgressAndTheYearEndResultAndReadsThemBack()
    {
        var plan = await new TestPlan().Unit("I", 60m, 40m).SaveAsync(database.ContextFactory);
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        var card = plan.ObjectivesOf("I")[0];
        await database.MoveToAsync(plan, PlanState.Monitoraggio);

        var version = await Reporting.AddProgressAsync(head, card.Id, 2024, new ProgressInput(new DateOnly(2024, 6, 30), "Bozza predisposta", 40m), null);
        await database.MoveToAsync(plan, PlanState.Rendicontazione);
        version = await Reporting.SaveReportAsync(head, card.Id, 2024,
            new ReportInput(100m, null, null, "Regolamento approvato dal Consiglio", [new ActReferenceDraft("45", new DateOnly(2024, 11, 28), "Delibera di Consiglio")]), version);
        await Reporting.SubmitAsync(head, card.Id, 2024, version);

        var view = (await Queries.GetReportAsync(TestActors.ReaderOf(plan.Municipality.Id), card.Id, 2024)).ShouldNotBeNull();
        (view.RealizedPct, view.ReportText, view.SubmittedBy).ShouldBe((100m, "Regolamento approvato dal Consiglio", plan.HeadOf("I").DisplayName));
        view.Acts.ShouldHaveSingleItem().ShouldBe(new ActView("45", new DateOnly(2024, 11, 28), "Delibera di Consiglio"));
        var progress = view.Progress.ShouldHaveSingleItem();
        (progress.Text, progress.ProgressPct, progress.By, progress.IsLate).ShouldBe(("Bozza predisposta", 40m, plan.HeadOf("I").DisplayName, false));
        view.Actions.ShouldBe(new ReportActions(false, false, false, false), "a reader may do nothing");
    }

    [Fact]
    public async Task TheHeadOfAnotherUnitTheGiuntaAndTheNivMayNotReportAndNothingIsSaved()
    {
        var plan = await new TestPlan().Unit("I", 100m).Unit("II", 100m).SaveAsync(database.ContextFactory);
        var card = plan.ObjectivesOf("I")[0];
        await database.MoveToAsync(plan, PlanState.Rendicontazione);

        foreach (var actor in new[] { TestActors.Of(plan, plan.HeadOf("II")), TestActors.ReaderOf(plan.Municipality.Id), TestActors.NivOf(plan) })
        {
            await Should.ThrowAsync<AccessDeniedException>(() => Reporting.SaveReportAsync(actor, card.Id, 2024, new ReportInput(100m, null, null, "x", []), null));
            await Should.ThrowAsync<AccessDeniedException>(() => Reporting.UploadEvidenceAsync(actor, card.Id, 2024, "r.pdf", Pdf));
        }

        await using var db = await database.NewContextAsync();
        (await db.Set<ObjectiveReport>().CountAsync(r => r.ObjectiveId == card.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task AnotherEntesObjectiveIsNotFound()
    {
        var plan = await new TestPlan().Unit("I", 100m).SaveAsync(database.ContextFactory);
        var other = await new TestPlan("Altro Comune").Unit("I", 100m).SaveAsync(database.ContextFactory);
        await database.MoveToAsync(plan, PlanState.Rendicontazione);

        await Should.ThrowAsync<NotFoundException>(() =>
            Reporting.SaveReportAsync(TestActors.Of(other, other.HeadOf("I")), plan.ObjectivesOf("I")[0].Id, 2024, new ReportInput(1m, null, null, "x", []), null));
        (await Queries.GetReportAsync(TestActors.ReaderOf(other.Municipality.Id), plan.ObjectivesOf("I")[0].Id, 2024)).ShouldBeNull();
    }

    [Fact]
    public async Task EvidenceIsStoredInPostgresqlAndDownloadedByTheEnteOnly()
    {
        var plan = await new TestPlan().Unit("I", 100m).SaveAsync(database.ContextFactory);
        var other = await new TestPlan("Altro Comune").Unit("I", 100m).SaveAsync(database.ContextFactory);
        var card = plan.ObjectivesOf("I")[0];
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        await database.MoveToAsync(plan, PlanState.Rendicontazione);

        var file = await Reporting.UploadEvidenceAsync(head, card.Id, 2024, "relazione.pdf", Pdf);

        (file.FileName, file.Type, file.SizeBytes).ShouldBe(("relazione.pdf", EvidenceFileType.Pdf, (long)Pdf.Length));
        (await Queries.GetReportAsync(head, card.Id, 2024))!.Evidence.ShouldHaveSingleItem().Id.ShouldBe(file.Id);
        var download = await Reporting.DownloadEvidenceAsync(TestActors.ReaderOf(plan.Municipality.Id), file.Id);
        (download.FileName, download.ContentType).ShouldBe(("relazione.pdf", "application/pdf"));
        download.Content.ShouldBe(Pdf);
        await Should.ThrowAsync<NotFoundException>(() => Reporting.DownloadEvidenceAsync(TestActors.ReaderOf(other.Municipality.Id), file.Id));
        await using var db = await database.NewContextAsync();
        (await db.Database.SqlQueryRaw<int>("SELECT octet_length(\"Content\") AS \"Value\" FROM \"EvidenceContents\" WHERE \"Id\" = {0}", file.Id).SingleAsync())
            .ShouldBe(Pdf.Length, "the bytes are a bytea of their own table");
    }

    [Fact]
    public async Task AnUploadThatIsNotWhatItsNameSaysOrOverTheEntesLimitIsRefusedAndNothingStored()
    {
        var plan = new TestPlan().Unit("I", 100m);
        plan.Municipality.ChangeSettings(new MunicipalitySettings { EvidenceMaxMegabytes = 1 });
        await plan.SaveAsync(database.ContextFactory);
        var card = plan.ObjectivesOf("I")[0];
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        await database.MoveToAsync(plan, PlanState.Rendicontazione);
        var big = new byte[1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);

        (await Should.ThrowAsync<DomainException>(() => Reporting.UploadEvidenceAsync(head, card.Id, 2024, "foto.png", Pdf)))
            .Message.ShouldStartWith("Il file «foto.png» non è ciò che il nome dichiara");
        (await Should.ThrowAsync<DomainException>(() => Reporting.UploadEvidenceAsync(head, card.Id, 2024, "programma.pdf", [0x4D, 0x5A, 0x90, 0])))
            .Field.ShouldBe("file");
        (await Should.ThrowAsync<DomainException>(() => Reporting.UploadEvidenceAsync(head, card.Id, 2024, "grande.pdf", big)))
            .Message.ShouldStartWith("Il file «grande.pdf» supera la dimensione massima consentita di 1 MB");

        await using var db = await database.NewContextAsync();
        (await db.Set<EvidenceFile>().CountAsync(f => f.ObjectiveId == card.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task ALateEntryNeedsAReopeningWhichTheAuditTrailRecordsWithItsReason()
    {
        var plan = await new TestPlan().Unit("I", 100m).WithSegretario().SaveAsync(database.ContextFactory);
        var card = plan.ObjectivesOf("I")[0];
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        await database.MoveToAsync(plan, PlanState.Rendicontazione);
        var version = await Reporting.SaveReportAsync(head, card.Id, 2024, new ReportInput(50m, null, null, "Bozza predisposta", []), null);
        version = await Reporting.SubmitAsync(head, card.Id, 2024, version);
        await database.MoveToAsync(plan, PlanState.ValutazioneNiv);

        (await Should.ThrowAsync<DomainException>(() => Reporting.SaveReportAsync(head, card.Id, 2024, new ReportInput(100m, null, null, "Approvato", []), version)))
            .Message.ShouldStartWith("La rendicontazione di questo obiettivo è chiusa");
        await Should.ThrowAsync<AccessDeniedException>(() => Reporting.ReopenAsync(head, card.Id, 2024, "Vorrei correggere"));
        version = await Reporting.ReopenAsync(TestActors.SegretarioOf(plan), card.Id, 2024, "Delibera di approvazione pervenuta dopo la chiusura");
        version = await Reporting.SaveReportAsync(head, card.Id, 2024, new ReportInput(100m, null, null, "Approvato dal Consiglio", []), version);
        await Reporting.SubmitAsync(head, card.Id, 2024, version);

        var view = (await Queries.GetReportAsync(head, card.Id, 2024)).ShouldNotBeNull();
        view.RealizedPct.ShouldBe(100m);
        var reopening = view.Reopenings.ShouldHaveSingleItem();
        (reopening.Reason, reopening.By, reopening.ClosedAt is not null).ShouldBe(("Delibera di approvazione pervenuta dopo la chiusura", plan.Segretario!.DisplayName, true));
        var rows = await database.AboutAsync(view.Id!.Value);
        var audited = rows.Where(r => r.Reason == "Delibera di approvazione pervenuta dopo la chiusura").ShouldHaveSingleItem();
        audited.ActorName.ShouldBe(plan.Segretario.DisplayName);
        audited.New()["Reopenings[1].Reason"]!.GetValue<string>().ShouldBe("Delibera di approvazione pervenuta dopo la chiusura");
    }

    [Fact]
    public async Task TheSecondOfTwoSavesFromTheSameVersionIsAConflictAndNothingOfItIsWritten()
    {
        var plan = await new TestPlan().Unit("I", 100m).SaveAsync(database.ContextFactory);
        var card = plan.ObjectivesOf("I")[0];
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        await database.MoveToAsync(plan, PlanState.Monitoraggio);
        var version = await Reporting.AddProgressAsync(head, card.Id, 2024, new ProgressInput(new DateOnly(2024, 3, 1), "Avvio", 10m), null);

        await Reporting.AddProgressAsync(head, card.Id, 2024, new ProgressInput(new DateOnly(2024, 4, 1), "Primo", 20m), version);
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            Reporting.AddProgressAsync(head, card.Id, 2024, new ProgressInput(new DateOnly(2024, 4, 1), "Secondo", 25m), version));
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            Reporting.AddProgressAsync(head, card.Id, 2024, new ProgressInput(new DateOnly(2024, 4, 2), "Da una pagina vecchia", 25m), null));

        (await Queries.GetReportAsync(head, card.Id, 2024))!.Progress.Select(p => p.Text).ShouldBe(["Avvio", "Primo"]);
    }
}
