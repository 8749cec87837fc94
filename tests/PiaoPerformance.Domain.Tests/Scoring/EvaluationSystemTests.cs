using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Scoring;

public sealed class EvaluationSystemTests
{
    private static readonly EvaluationSystem Cassino = EvaluationSystem.CassinoDefault;

    [Theory]
    [InlineData(EvaluatedRole.Segretario, 35, 25, 40)]
    [InlineData(EvaluatedRole.Dirigente, 35, 25, 40)]
    [InlineData(EvaluatedRole.Eq, 30, 40, 30)]
    [InlineData(EvaluatedRole.Dipendente, 25, 25, 50)]
    public void CassinoSharesAreThoseOfSeed003(EvaluatedRole role, decimal a, decimal b, decimal c)
    {
        var shares = Cassino.For(role).Shares;

        (shares.A, shares.B, shares.C).ShouldBe((a, b, c));
        Cassino.For(role).Catalogue.Maximum.ShouldBe((int)c);
    }

    [Fact]
    public void CassinoDefaultsMatchTheSpec()
    {
        Cassino.NegativeThreshold.ShouldBe(50m);
        Cassino.PresenceThresholdMonths.ShouldBe(3);
        Cassino.DirigenteInterimIncreasePct.ShouldBe(10m);
        Cassino.PaymentTimesGateFactor.ShouldBe(0.70m);
        Cassino.Options.ShouldBe(ScoringOptions.Default);
        Cassino.Options.SanctionCombination.ShouldBe(SanctionCombination.Additive);
        Cassino.Options.RoundTotal.ShouldBeFalse();
        Cassino.Options.PaymentTimesMode.ShouldBe(PaymentTimesMode.Gate);
        Cassino.Options.ProrationBasis.ShouldBe(ProrationBasis.Days);
        Cassino.Dipendente.Bands.Bands.Select(b => (b.LowerBound, b.PayPct)).ShouldBe([(90m, 100m), (80m, 80m), (70m, 60m), (60m, 50m), (50m, 30m), (0m, 0m)]);
        Cassino.Eq.Bands.Bands.Select(b => (b.LowerBound, b.PayPct)).ShouldBe([(75m, 100m), (30m, 50m), (0m, 0m)]);
        Cassino.Sanctions.Suspension.ShouldBe(new SanctionCuts(25m, 40m, 100m));
    }

    [Fact]
    public void SharesThatDoNotTotalHundredAreRefused()
    {
        var error = DomainAssert.Refuses(() => _ = new ComponentShares(35m, 25m, 39m), "shares");

        error.Message.ShouldBe("Le quote delle componenti A, B e C devono sommare a 100 (totale indicato: 99).");
    }

    [Fact]
    public void BandsThatDoNotDescendAreRefused() =>
        DomainAssert.Refuses(() => _ = new BandTable([new(80m, 80m, "B"), new(90m, 100m, "A"), new(0m, 0m, "C")]), "bands[1]");

    [Fact]
    public void BandsThatPayMoreLowerDownAreRefused() =>
        DomainAssert.Refuses(() => _ = new BandTable([new(75m, 50m, "A"), new(30m, 100m, "B"), new(0m, 0m, "C")]), "bands[1]");

    [Fact]
    public void BandsThatLeaveLowScoresWithoutABandAreRefused() =>
        DomainAssert.Refuses(() => _ = new BandTable([new(75m, 100m, "A"), new(30m, 50m, "B")]), "bands[1].lowerBound");

    [Fact]
    public void ACatalogueThatDoesNotMatchTheBehaviourShareIsRefused() =>
        DomainAssert.Refuses(
            () => _ = new RoleScheme(EvaluatedRole.Eq, new ComponentShares(25m, 25m, 50m), BehaviourCatalogue.CassinoEq, BandTable.CassinoManagers),
            "catalogue");

    [Fact]
    public void ASchemeForTheWrongRoleIsRefused() =>
        DomainAssert.Refuses(() => _ = Cassino with { Eq = Cassino.Dirigente }, "roles");

    [Fact]
    public void SanctionCutsThatFallWithMoreSanctionsAreRefused() =>
        DomainAssert.Refuses(() => _ = new SanctionCuts(5m, 3m, 10m), "sanctions");

    [Fact]
    public void AGateFactorAboveOneIsRefused() =>
        DomainAssert.Refuses(() => _ = Cassino with { PaymentTimesGateFactor = 1.3m }, "paymentTimesGateFactor");

    [Fact]
    public void AVariantIsDerivedWithWith()
    {
        var custom = Cassino with
        {
            Dipendente = new RoleScheme(EvaluatedRole.Dipendente, new ComponentShares(30m, 20m, 50m), BehaviourCatalogue.CassinoDipendente, BandTable.CassinoEmployees),
            Options = Cassino.Options with { RoundTotal = true },
        };

        var result = SheetBuilder.Dipendente().Ente(80m).Objective("O1", 100m, 50m).Score(custom);

        result.A.ShouldBe(24m);
        result.B.ShouldBe(10m);
        Cassino.Dipendente.Shares.A.ShouldBe(25m);
    }
}
