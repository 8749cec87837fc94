using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>Component B's weights as the engine computes them (SPEC §2.7): original and effective after exclusions.</summary>
public static class SheetWeights
{
    /// <summary>One (original, effective) pair per objective of the sheet, in its order; null when the weights are not valid yet.</summary>
    public static IReadOnlyList<(decimal Original, decimal Effective)>? Of(SheetView sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        try
        {
            var weights = ObjectiveWeighting.Compute(
                sheet.Objectives.Select(o => new ObjectiveInput(o.Code, o.Weight, null) { Excluded = o.Excluded }).ToList(), Explanation.Disabled);
            return weights.Original.Zip(weights.Effective).ToList();
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
