using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Measurement;

public sealed class EntePerformanceTests
{
    private static readonly DateTimeOffset At = MeasurementPlans.At;

    [Fact]
    public void TheGiuntaEntersAValueBetween0And100()
    {
        var figure = new EntePerformance(Guid.NewGuid(), Guid.NewGuid(), 2024);

        DomainAssert.Refuses(() => figure.Enter(101m, null, Guid.NewGuid(), At), nameof(EntePerformance.Value))
            .Message.ShouldBe("Performance dell'ente: deve essere compreso tra 0 e 100 (valore indicato: 101).");
        DomainAssert.Refuses(() => figure.Enter(null, null, Guid.NewGuid(), At), nameof(EntePerformance.Value));
        figure.Enter(96m, "Relazione sulla performance 2024", Guid.NewGuid(), At);

        (figure.Value, figure.Note, figure.IsValidated).ShouldBe((96m, "Relazione sulla performance 2024", false));
    }

    [Fact]
    public void TheNivValidatesAnEnteredValueAndThenItChangesNoMore()
    {
        var figure = new EntePerformance(Guid.NewGuid(), Guid.NewGuid(), 2024);
        var niv = Guid.NewGuid();
        DomainAssert.Refuses(() => figure.Validate(niv, At), nameof(EntePerformance.Value));
        figure.Enter(96m, null, Guid.NewGuid(), At);

        figure.Validate(niv, At);

        (figure.IsValidated, figure.ValidatedByPersonId).ShouldBe((true, (Guid?)niv));
        DomainAssert.Refuses(() => figure.Enter(90m, null, Guid.NewGuid(), At), nameof(EntePerformance.Value))
            .Message.ShouldBe("La performance dell'ente è già stata validata dal NIV: non si modifica più.");
        figure.Value.ShouldBe(96m);
    }
}
