using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Sheets;

// The what-if of a sheet (issue 7 point 7): the same engine on a copy of the inputs, the sheet itself untouched.
public sealed partial class EvaluationSheet
{
    /// <summary>
    /// Scores the sheet as if the given achievements (an objective's % or its exclusion) and behaviour scores replaced
    /// the stored ones; everything else (ente performance, sanctions, presence, pay) as stored. Changes nothing.
    /// </summary>
    public SheetResult WhatIf(EvaluationSystem system, decimal? maximumPay, IReadOnlyList<AgreedAchievement> achievements, IReadOnlyList<int>? behaviourScores)
    {
        ArgumentNullException.ThrowIfNull(achievements);
        for (var i = 0; i < achievements.Count; i++)
        {
            var a = achievements[i];
            if (_objectives.All(o => o.ObjectiveId != a.ObjectiveId))
            {
                throw new DomainException("Obiettivo non presente nella scheda.", $"achievements[{i}].objectiveId");
            }

            if (!a.Excluded && a.Pct is { } pct && (pct < 0m || pct > 100m))
            {
                throw new DomainException($"Il grado di raggiungimento è una percentuale tra 0 e 100 (indicato: {Format.Number(pct)}).", $"achievements[{i}].pct");
            }
        }

        var input = ToInput(maximumPay, achievements.ToDictionary(a => a.ObjectiveId), behaviourScores);
        return SheetCalculator.Score(input, system, new Explanation());
    }
}
