using Bunit;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Pages.Objectives.Editor;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>The "Pesi" sidebar: the live total, what is missing to 100 and the payment-times warning.</summary>
public sealed class WeightSidebarTests : BunitContext
{
    [Fact]
    public void ShowsTheTotalAndWhatIsMissingTo100()
    {
        var sidebar = Render<WeightSidebar>(p => p.Add(x => x.Total, Total(own: 50m, crossCutting: 40m)).Add(x => x.Weight, 20m));

        sidebar.Find("[data-testid=weight-live-total]").TextContent.ShouldBe("Totale pesi 90 %");
        sidebar.Find("[data-testid=weight-missing]").TextContent.ShouldBe("Mancano 10 % a 100.");
        sidebar.FindAll("[data-testid=payment-times-warning]").ShouldBeEmpty();
    }

    [Fact]
    public void AComplete100ShowsNothingMissing()
    {
        var sidebar = Render<WeightSidebar>(p => p.Add(x => x.Total, Total(own: 60m, crossCutting: 40m)));

        sidebar.Find("[data-testid=weight-live-total]").ClassList.ShouldContain("bg-success");
        sidebar.FindAll("[data-testid=weight-missing]").ShouldBeEmpty();
    }

    [Fact]
    public void APaymentTimesWeightUnder30PercentIsWarned()
    {
        var sidebar = Render<WeightSidebar>(p => p.Add(x => x.Total, Total(own: 60m, crossCutting: 40m)).Add(x => x.Weight, 8m).Add(x => x.IsPaymentTimes, true));

        sidebar.Find("[data-testid=payment-times-warning]").TextContent.ShouldContain("inferiore al 30 %");
    }

    [Fact]
    public void AtLeast30PercentIsNotWarned()
    {
        var sidebar = Render<WeightSidebar>(p => p.Add(x => x.Total, Total(own: 60m, crossCutting: 40m)).Add(x => x.Weight, 30m).Add(x => x.IsPaymentTimes, true));

        sidebar.FindAll("[data-testid=payment-times-warning]").ShouldBeEmpty();
    }

    private static WeightTotalView Total(decimal own, decimal crossCutting) =>
        new(null, [], false, 3, own, crossCutting, own + crossCutting, 100m - own - crossCutting, WeightingMode.Explicit, own + crossCutting == 100m);
}
