using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Planning;

public sealed class ObjectiveDescriptionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ABlankTitleIsRefusedInItalian(string? title)
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 10m);

        var error = DomainAssert.Refuses(() => objective.Describe("DIGITALIZZAZIONE", title!, null, null, null), "Title");

        error.Message.ShouldBe("Descrizione dell'obiettivo: campo obbligatorio.");
    }

    [Fact]
    public void ARefusedDescriptionChangesNothingOnTheCard()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 10m);
        objective.Describe("DIGITALIZZAZIONE", "Adeguamento tecnologico", null, "Installazione", null);

        Should.Throw<DomainException>(() => objective.Describe("RETE DEI SERVIZI", " ", "descrizione", "altro risultato", null));

        // A caller that catches the error and saves the same context must not store half of the edit.
        objective.Theme.ShouldBe("DIGITALIZZAZIONE");
        objective.Title.ShouldBe("Adeguamento tecnologico");
        objective.ExpectedResult.ShouldBe("Installazione");
    }

    [Fact]
    public void TextsAreTrimmedAndBlankOptionalTextsAreCleared()
    {
        var plan = new PlanBuilder();
        var objective = plan.UnitObjective(plan.Unit("I"), 10m);

        objective.Describe("  DIGITALIZZAZIONE ", " Adeguamento tecnologico ", "", "  ", null);

        objective.Theme.ShouldBe("DIGITALIZZAZIONE");
        objective.Title.ShouldBe("Adeguamento tecnologico");
        objective.Description.ShouldBeNull();
        objective.ExpectedResult.ShouldBeNull();
    }
}
