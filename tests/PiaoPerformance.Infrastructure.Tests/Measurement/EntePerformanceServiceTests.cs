using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Measurement;

/// <summary>Component A through the service, on PostgreSQL: the Giunta enters it, the NIV validates it, the sheets read it.</summary>
public sealed class EntePerformanceServiceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private EntePerformanceService Service => database.Get<EntePerformanceService>();

    private MeasurementQueries Queries => database.Get<MeasurementQueries>();

    [Fact]
    public async Task TheGiuntaEntersTheNivValidatesAndOnlyThenTheSheetsGetTheValue()
    {
        var plan = await new TestPlan().Unit("I", 100m).SaveAsync(database.ContextFactory);
        var (giunta, niv) = (TestActors.ReaderOf(plan.Municipality.Id, AppRole.Giunta), TestActors.NivOf(plan));

        var version = await Service.EnterAsync(giunta, plan.Cycle.Id, 2024, 96m, "Relazione sulla performance 2024", null);
        (await Queries.ValidatedEntePerformanceAsync(niv, plan.Cycle.Id, 2024)).ShouldBeNull("not validated yet");
        (await Queries.GetEntePerformanceAsync(niv, plan.Cycle.Id, 2024))!.CanValidate.ShouldBeTrue();
        await Service.ValidateAsync(niv, plan.Cycle.Id, 2024, version);

        (await Queries.ValidatedEntePerformanceAsync(giunta, plan.Cycle.Id, 2024)).ShouldBe(96m);
        var view = (await Queries.GetEntePerformanceAsync(giunta, plan.Cycle.Id, 2024)).ShouldNotBeNull();
        (view.Value, view.Note, view.IsValidated, view.CanEnter).ShouldBe((96m, "Relazione sulla performance 2024", true, false));
    }

    [Fact]
    public async Task TheNivDoesNotEnterTheGiuntaDoesNotValidateAndAValueAbove100IsRefused()
    {
        var plan = await new TestPlan().Unit("I", 100m).SaveAsync(database.ContextFactory);
        var (giunta, niv) = (TestActors.ReaderOf(plan.Municipality.Id, AppRole.Giunta), TestActors.NivOf(plan));

        await Should.ThrowAsync<AccessDeniedException>(() => Service.EnterAsync(niv, plan.Cycle.Id, 2024, 90m, null, null));
        (await Should.ThrowAsync<DomainException>(() => Service.EnterAsync(giunta, plan.Cycle.Id, 2024, 120m, null, null))).Field.ShouldBe("Value");
        var version = await Service.EnterAsync(giunta, plan.Cycle.Id, 2024, 90m, null, null);
        await Should.ThrowAsync<AccessDeniedException>(() => Service.ValidateAsync(giunta, plan.Cycle.Id, 2024, version));
        await Should.ThrowAsync<NotFoundException>(() => Service.EnterAsync(TestActors.ReaderOf(Guid.NewGuid(), AppRole.Giunta), plan.Cycle.Id, 2024, 90m, null, null));
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Service.EnterAsync(giunta, plan.Cycle.Id, 2024, 91m, null, null));
    }
}
