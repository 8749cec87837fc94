using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Evaluation;

public sealed class BehaviourCatalogueTests
{
    [Theory]
    [InlineData(EvaluatedRole.Segretario, new[] { 5, 5, 5, 5, 4, 4, 4, 4, 4 }, 40)]
    [InlineData(EvaluatedRole.Dirigente, new[] { 5, 5, 5, 5, 5, 5, 5, 5 }, 40)]
    [InlineData(EvaluatedRole.Eq, new[] { 5, 5, 5, 5, 5, 5 }, 30)]
    [InlineData(EvaluatedRole.Dipendente, new[] { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 }, 50)]
    public void CassinoCataloguesHaveTheItemsAndMaximaOfSeed003(EvaluatedRole role, int[] maxima, int total)
    {
        var catalogue = BehaviourCatalogue.Cassino(role);

        catalogue.Role.ShouldBe(role);
        catalogue.Items.Select(i => i.Maximum).ShouldBe(maxima);
        catalogue.Maximum.ShouldBe(total);
        catalogue.Items.ShouldAllBe(i => i.Label.Length > 0 && i.Group.Length > 0 && i.Code.Length > 0);
    }

    [Fact]
    public void TheEmployeeSecondItemIsTheCriteriaTablesNotTheSheetsRepeatedOne() =>
        BehaviourCatalogue.CassinoDipendente.Items[1].Display
            .ShouldBe("I.B CAPACITÀ DI PARTECIPARE PRODUTTIVAMENTE E/O DI GESTIRE GRUPPI DI LAVORO VERSO OBIETTIVI COMUNI");

    [Fact]
    public void TheSegretarioGroupsAreFifteenFiveAndTwenty() =>
        BehaviourCatalogue.CassinoSegretario.Items.GroupBy(i => i.Group).Select(g => g.Sum(i => i.Maximum)).ShouldBe([15, 5, 20]);

    [Fact]
    public void ScoresAreSummed() =>
        BehaviourCatalogue.CassinoEq.Total([4, 3, 4, 3, 4, 4]).ShouldBe(22);

    [Fact]
    public void TooFewScoresAreRefused()
    {
        var error = DomainAssert.Refuses(() => BehaviourCatalogue.CassinoDipendente.Total([5, 5, 5, 5, 5, 5, 5, 5, 5]), "behaviourScores");

        error.Message.ShouldBe(
            "Per il ruolo Dipendente servono 10 punteggi di comportamento, uno per voce nell'ordine del catalogo (indicati: 9).");
    }

    [Fact]
    public void AScoreAboveTheItemMaximumIsRefused()
    {
        var error = DomainAssert.Refuses(() => BehaviourCatalogue.CassinoSegretario.Total([5, 5, 5, 5, 5, 4, 4, 4, 4]), "behaviourScores[4]");

        error.Message.ShouldBe(
            "Comportamento «3.1 Qualità dell'azione professionale»: il punteggio deve essere un intero compreso tra 0 e 4 (indicato: 5).");
    }

    [Fact]
    public void ANegativeScoreIsRefused() =>
        DomainAssert.Refuses(() => BehaviourCatalogue.CassinoEq.Total([4, 3, -1, 3, 4, 4]), "behaviourScores[2]");

    [Fact]
    public void AnItemWorthNothingIsRefused() =>
        DomainAssert.Refuses(() => _ = new BehaviourCatalogue(EvaluatedRole.Eq, [new("I", "I", "Voce", 0)]), "catalogue");
}
