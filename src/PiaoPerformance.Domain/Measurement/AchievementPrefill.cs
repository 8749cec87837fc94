using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// SPEC §2.4 [PROP]: the value the NIV starts from, computed by the scoring engine (<see cref="AchievementEvaluator"/>)
/// from the objective's graded rule and what the responsabile reported: a numeric threshold compares the measured
/// value, a milestone takes the step reached, a binary rule reads 100 % as reached; without a rule (or without what
/// the rule needs) the reported Realizzata percentage is taken as it is. Null when nothing was reported.
/// </summary>
public static class AchievementPrefill
{
    public static (decimal? Pct, IReadOnlyList<string> Explanation) Compute(AchievementRule? rule, ObjectiveReport? report)
    {
        var explanation = new Explanation();
        if (report is null || (report.RealizedPct is null && report.MeasuredValue is null && report.ReachedStep is null))
        {
            explanation.Add("Il responsabile non ha ancora rendicontato un risultato: nessun valore proposto.");
            return (null, explanation.Lines);
        }

        decimal? pct = rule?.Kind switch
        {
            AchievementRuleKind.NumericThreshold when report.MeasuredValue is { } value => AchievementEvaluator.Threshold(rule, value, explanation),
            AchievementRuleKind.Milestone when report.ReachedStep is not null => Milestone(rule, report.ReachedStep, explanation),
            AchievementRuleKind.Binary when report.RealizedPct is { } realized => AchievementEvaluator.Binary(realized >= 100m, explanation),
            _ => null,
        };
        if (pct is null && report.RealizedPct is { } direct)
        {
            pct = AchievementEvaluator.Direct(direct, explanation);
        }

        if (pct is null)
        {
            explanation.Add("Il risultato rendicontato non basta ad applicare la regola dell'obiettivo: il NIV indica il valore.");
        }

        return (pct, explanation.Lines);
    }

    private static decimal? Milestone(AchievementRule rule, string reachedStep, Explanation explanation)
    {
        try
        {
            return AchievementEvaluator.Milestone(rule, reachedStep, explanation);
        }
        catch (DomainException ex)
        {
            // A label the card does not list: the NIV decides; the proposal says why it has no value.
            explanation.Add(ex.Message);
            return null;
        }
    }
}
