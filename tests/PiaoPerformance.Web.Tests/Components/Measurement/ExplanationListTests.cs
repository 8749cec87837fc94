using Bunit;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Web.Components.Pages.Measurement;

namespace PiaoPerformance.Web.Tests.Components.Measurement;

/// <summary>The explanation of a proposal: each line the scoring engine wrote, in order; nothing at all when it wrote none.</summary>
public sealed class ExplanationListTests : BunitContext
{
    [Fact]
    public void ShowsEachLineOfTheEnginesExplanationInOrder()
    {
        var explanation = new Explanation();
        var rule = new AchievementRule(AchievementRuleKind.NumericThreshold,
            [new AchievementStep("Almeno il 75%", 100m, 75m), new AchievementStep("Fino al 40%", 50m, 40m), new AchievementStep("Meno", 0m, 0m)], "%");
        var pct = AchievementEvaluator.Threshold(rule, 60m, explanation);

        var list = Render<ExplanationList>(p => p.Add(x => x.Lines, explanation.Lines));

        pct.ShouldBe(50m);
        explanation.Lines.ShouldNotBeEmpty();
        list.FindAll("li").Select(li => li.TextContent).ShouldBe(explanation.Lines);
        list.Find("[data-testid=explanation]").TextContent.ShouldStartWith("Come è stato calcolato");
    }

    [Fact]
    public void NoLinesRenderNothing()
    {
        var list = Render<ExplanationList>(p => p.Add(x => x.Lines, Array.Empty<string>()));

        list.Markup.Trim().ShouldBeEmpty();
    }
}
