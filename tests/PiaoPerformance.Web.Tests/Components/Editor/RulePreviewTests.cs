using Bunit;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Web.Components.Pages.Objectives.Editor;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>The rule preview: what each outcome scores, as the domain's AchievementEvaluator computes it.</summary>
public sealed class RulePreviewTests : BunitContext
{
    [Fact]
    public void ANumericThresholdRuleShowsEachThresholdAndBelowTheLowest()
    {
        var rule = new RuleForm
        {
            Kind = AchievementRuleKind.NumericThreshold,
            MeasureUnit = "%",
            Steps = [new() { Label = "Pieno", AchievementPct = 100m, LowerBound = 75m }, new() { Label = "Parziale", AchievementPct = 50m, LowerBound = 40m }],
        };

        var preview = Render<RulePreview>(p => p.Add(x => x.Rule, rule));

        preview.FindAll("[data-testid=rule-preview-line]").Select(l => l.TextContent).ShouldBe([
            "se si raggiunge 75 % → 100 %",
            "se si raggiunge 40 % → 50 %",
            "sotto 40 % → 0 %"]);
    }

    [Fact]
    public void AMilestoneRuleShowsEachMilestone()
    {
        var rule = new RuleForm
        {
            Kind = AchievementRuleKind.Milestone,
            Steps = [new() { Label = "Approvazione del regolamento", AchievementPct = 100m }, new() { Label = "Bozza in Giunta", AchievementPct = 60m }],
        };

        var preview = Render<RulePreview>(p => p.Add(x => x.Rule, rule));

        preview.FindAll("[data-testid=rule-preview-line]").Select(l => l.TextContent).ShouldBe([
            "se si raggiunge «Approvazione del regolamento» → 100 %",
            "se si raggiunge «Bozza in Giunta» → 60 %",
            "nessun traguardo raggiunto → 0 %"]);
    }

    [Fact]
    public void ABinaryRuleIsAllOrNothing()
    {
        var preview = Render<RulePreview>(p => p.Add(x => x.Rule, new RuleForm { Kind = AchievementRuleKind.Binary }));

        preview.FindAll("[data-testid=rule-preview-line]").Select(l => l.TextContent).ShouldBe(["se si raggiunge l'obiettivo → 100 %", "se non si raggiunge → 0 %"]);
    }

    [Fact]
    public void AnIncompleteThresholdWaitsForTheSteps()
    {
        var rule = new RuleForm { Kind = AchievementRuleKind.NumericThreshold, Steps = [new() { Label = "Pieno", AchievementPct = 100m }] };

        var preview = Render<RulePreview>(p => p.Add(x => x.Rule, rule));

        preview.Find("[data-testid=rule-preview]").TextContent.ShouldContain("Completa i livelli");
        preview.FindAll("[data-testid=rule-preview-line]").ShouldBeEmpty();
    }
}
