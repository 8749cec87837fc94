using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Web.Components.Pages.Objectives.Editor;

/// <summary>
/// What the pesatura being rated gives, asked of the domain (<see cref="WeightingScale"/>): the Esito once all four
/// variables are rated, and each contributing unit's "peso assoluto" (Esito × % di contribuzione, SPEC §1.11).
/// </summary>
public static class WeightingGridPreview
{
    public static int? Score(GridForm grid, WeightingScale scale) => grid.TryBuild() is { } g ? scale.Score(g) : null;

    /// <summary>Null until there is an Esito and a valid percentage.</summary>
    public static decimal? AbsoluteWeight(int? score, decimal? contributionPct)
    {
        if (score is not { } s || contributionPct is not { } pct)
        {
            return null;
        }

        try
        {
            return WeightingScale.AbsoluteWeight(s, pct);
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
