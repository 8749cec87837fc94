using Bunit;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Web.Components.Pages.Measurement;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Tests.Components.Measurement;

/// <summary>
/// The NIV's reweighting table shows what the scoring engine computed (<see cref="MeasuredWeights"/>): original and
/// effective weights side by side, the excluded objective marked with its reason, the weighted result and the
/// engine's explanation. The numbers are the engine's for SPEC §2.7 inputs, never typed into the test.
/// </summary>
public sealed class ReweightingTableTests : BunitContext
{
    private static readonly MeasuredObjective[] Inputs =
    [
        new("1", 50m, false, null, 90m),
        new("2", 30m, false, null, 100m),
        new("3", 20m, true, "Funzione non esercitata nell'anno", null),
    ];

    [Fact]
    public void ShowsOriginalAndEffectiveWeightsOfEachObjectiveAsTheEngineComputedThem()
    {
        var computed = MeasuredWeights.Compute(Inputs);

        var table = Render<ReweightingTable>(p => p.Add(x => x.Weights, View(computed)));

        var rows = table.FindAll("[data-testid=weight-row]");
        rows.Count.ShouldBe(3);
        rows.Select(r => r.QuerySelector("[data-testid=original-weight]")!.TextContent).ShouldBe(["50 %", "30 %", "20 %"]);
        rows.Select(r => r.QuerySelector("[data-testid=effective-weight]")!.TextContent)
            .ShouldBe(computed.Rows.Select(w => Fmt.Percent(w.EffectiveWeight)).ToList());
        rows[0].QuerySelector("[data-testid=effective-weight]")!.TextContent.ShouldBe("62,5 %", "50 of the 80 left");
        table.Find("[data-testid=weighted-result]").TextContent.ShouldBe(Fmt.Percent(computed.WeightedAchievement));
        table.Find("[data-testid=weighted-result]").TextContent.ShouldBe("93,75 %");
    }

    [Fact]
    public void AnExcludedObjectiveIsMarkedWithItsReasonAndHasNoAchievement()
    {
        var table = Render<ReweightingTable>(p => p.Add(x => x.Weights, View(MeasuredWeights.Compute(Inputs))));

        var excluded = table.FindAll("[data-testid=weight-row]")[2];
        excluded.QuerySelector("[data-testid=excluded-badge]").ShouldNotBeNull();
        excluded.TextContent.ShouldContain("Motivo: Funzione non esercitata nell'anno");
        excluded.QuerySelector("[data-testid=row-achievement]")!.TextContent.ShouldBe("—");
        table.FindAll("[data-testid=weight-row]")[0].QuerySelector("[data-testid=excluded-badge]").ShouldBeNull();
    }

    [Fact]
    public void ListsTheEnginesExplanationLineByLine()
    {
        var computed = MeasuredWeights.Compute(Inputs);

        var table = Render<ReweightingTable>(p => p.Add(x => x.Weights, View(computed)));

        computed.Explanation.ShouldNotBeEmpty();
        table.FindAll("[data-testid=weights-explanation] li").Select(li => li.TextContent).ShouldBe(computed.Explanation);
    }

    private static WeightsView View(MeasuredWeights computed) =>
        new(Guid.NewGuid(), null, 2024,
            computed.Rows.Select((r, i) => new WeightRowView(Guid.NewGuid(), r.Code, $"Obiettivo {r.Code}", r.OriginalWeight, r.EffectiveWeight, r.Excluded,
                Inputs[i].ExclusionReason, r.AchievementPct, false)).ToList(),
            computed.WeightedAchievement, computed.NothingToWeigh, computed.Explanation);
}
