using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Tests.Support;

namespace PiaoPerformance.Domain.Tests.Rewards;

// SPEC §4.8 (S3:988-994) and §6 Example 12.
public sealed class EqInterimExtraTests
{
    [Theory]
    [InlineData(PostBand.Alta, 2_250)]
    [InlineData(PostBand.Media, 1_800)]
    [InlineData(PostBand.Bassa, 1_350)]
    public void TheExtraIsTheInterimPostsPositionPayTimesItsBandPercentage(PostBand band, decimal extra) =>
        EqInterimExtra.Compute(9_000m, band, 100m, null, Explanation.Disabled).Amount.ShouldBe(extra);

    [Fact]
    public void TheHoldersOwnBandDoesNotScaleTheExtraByDefault()
    {
        var explanation = new Explanation();

        var extra = EqInterimExtra.Compute(9_000m, PostBand.Media, 50m, EqInterimOptions.Default, explanation);

        extra.Amount.ShouldBe(1_800m);
        explanation.Lines.ShouldBe([
            "Interim su posizione di fascia MEDIA: € 9.000,00 × 20 % = € 1.800,00 di retribuzione di risultato aggiuntiva (SPEC §4.8).",
            "La quota aggiuntiva non è riproporzionata alla fascia di valutazione del titolare (AMB-15).",
        ]);
    }

    [Fact]
    public void AnEnteCanScaleTheExtraByTheHoldersBand() =>
        EqInterimExtra.Compute(9_000m, PostBand.Media, 50m, new EqInterimOptions { ScaleByHolderBand = true }, Explanation.Disabled)
            .Amount.ShouldBe(900m);

    [Fact]
    public void AnEnteCanSetItsOwnPercentages() =>
        EqInterimExtra.Compute(9_000m, PostBand.Alta, 100m, new EqInterimOptions { AltaPct = 30m }, Explanation.Disabled)
            .Amount.ShouldBe(2_700m);

    [Fact]
    public void ANegativePositionPayIsRefused() =>
        DomainAssert.Refuses(() => EqInterimExtra.Compute(-1m, PostBand.Media, 100m, null, Explanation.Disabled), "interimPositionPay");
}
