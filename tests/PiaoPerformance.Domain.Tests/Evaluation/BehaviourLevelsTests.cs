using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Tests.Evaluation;

/// <summary>SPEC §3.3: the graded descriptors of every level, verbatim from seed 003, with the SPEC §7 readings.</summary>
public sealed class BehaviourLevelsTests
{
    [Theory]
    [InlineData(EvaluatedRole.Segretario, 0)]
    [InlineData(EvaluatedRole.Dirigente, 1)]
    [InlineData(EvaluatedRole.Eq, 1)]
    [InlineData(EvaluatedRole.Dipendente, 1)]
    public void EveryItemDescribesEveryLevelFromItsLowestToItsMaximum(EvaluatedRole role, int lowest)
    {
        var catalogue = BehaviourCatalogue.Cassino(role);

        for (var i = 0; i < catalogue.Count; i++)
        {
            var levels = catalogue.LevelsOf(i);
            levels.Select(l => l.Score).ShouldBe(Enumerable.Range(lowest, catalogue.Items[i].Maximum - lowest + 1), $"item {catalogue.Items[i].Code}");
            levels.ShouldAllBe(l => l.Descriptor.Length > 10 && !l.Descriptor.Contains('<') && !char.IsDigit(l.Descriptor[0]));
        }
    }

    [Fact]
    public void TheSegretarioScaleRunsFromTotallyInsufficientToExcellent()
    {
        BehaviourCatalogue.CassinoSegretario.DescriptorOf(0, 0).ShouldBe("L'attività prestata è totalmente insufficiente");
        BehaviourCatalogue.CassinoSegretario.DescriptorOf(0, 5).ShouldBe("L'attività prestata è eccellente");
        BehaviourCatalogue.CassinoSegretario.DescriptorOf(5, 4).ShouldBe("L'impegno dimostrato è stato eccellente");
    }

    [Fact]
    public void TheEqSecondThreeOfItemTwoIsLevelFour() =>
        BehaviourCatalogue.CassinoEq.DescriptorOf(1, 4)!.ShouldStartWith("Opera con Costanza e precisione");

    [Fact]
    public void TheEqItemFourFollowsTheCriteriaTable() =>
        BehaviourCatalogue.CassinoEq.DescriptorOf(3, 5)!.ShouldStartWith("Accetta la sfida di affrontare situazioni nuove");

    [Fact]
    public void TheMisnumberedEmployeeCorruptionDescriptorsAreLevelsOneToFiveInOrder()
    {
        var levels = BehaviourCatalogue.CassinoDipendente.LevelsOf(9);

        levels[0].Descriptor.ShouldStartWith("Non conosce la disciplina");
        levels[3].Descriptor.ShouldStartWith("Osserva le prescrizioni del Piano triennale");
        levels[4].Descriptor.ShouldStartWith("Ha una conoscenza completa degli adempimenti del PTPC");
    }

    [Fact]
    public void TheDirigenteDifferentiationItemNamesTheMaximumToEveryone() =>
        BehaviourCatalogue.CassinoDirigente.DescriptorOf(3, 1)!.ShouldContain("attribuendo il massimo punteggio a tutti i valutati");

    [Fact]
    public void AZeroOnAOneToFiveItemHasNoDescriptor() =>
        BehaviourCatalogue.CassinoDipendente.DescriptorOf(0, 0).ShouldBeNull();
}
