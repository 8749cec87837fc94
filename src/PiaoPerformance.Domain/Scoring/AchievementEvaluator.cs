using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Indicators;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// How far one objective was achieved, as a percentage 0..100 (SPEC §2.2-2.5), with the step that decided it written
/// to the explanation. Errors name the field as the API does: <c>objectives[i].achievementPct</c> and so on when an
/// objective index is given, the bare name otherwise.
/// </summary>
public static class AchievementEvaluator
{
    /// <summary>
    /// SPEC §2.2-2.4: the achievement of <paramref name="input"/>: the direct percentage or the rule's value, capped at
    /// 100, then the NIV's override if any.
    /// </summary>
    public static decimal Evaluate(AchievementInput? input, Explanation explanation, string? objectiveId = null, int index = -1)
    {
        if (input is null || (input.Pct is null && input.Rule is null && input.OverridePct is null))
        {
            throw new DomainException(
                $"{Label(objectiveId)}: manca il grado di raggiungimento; indicare la percentuale raggiunta oppure la regola con il valore rilevato.",
                Field(index, "achievementPct"));
        }

        if (input.Pct is not null && input.Rule is not null)
        {
            throw new DomainException(
                $"{Label(objectiveId)}: indicare la percentuale raggiunta oppure la regola di misura, non entrambe.", Field(index, "achievementPct"));
        }

        decimal? measured = null;
        if (input.Pct is { } pct)
        {
            measured = Direct(pct, explanation, objectiveId, index);
        }
        else if (input.Rule is { } rule)
        {
            measured = rule.Kind switch
            {
                AchievementRuleKind.NumericThreshold => Threshold(rule, Required(input.MeasuredValue, objectiveId, index), explanation, objectiveId),
                AchievementRuleKind.Milestone => Milestone(rule, input, explanation, objectiveId, index),
                AchievementRuleKind.Proportional => Proportional(
                    Required(input.MeasuredValue, objectiveId, index),
                    input.Target ?? throw new DomainException(
                        $"{Label(objectiveId)}: una regola proporzionale richiede il valore obiettivo (target).", Field(index, "rule.target")),
                    input.Polarity,
                    explanation,
                    objectiveId),
                _ => Binary(input.Reached == true, explanation, objectiveId),
            };
        }

        return input.OverridePct is { } overridePct
            ? Override(measured, overridePct, input.OverrideReason, explanation, objectiveId, index)
            : measured!.Value;
    }

    /// <summary>SPEC §2.2: a direct percentage, never negative, capped at 100 ("SOMMA MAX 100", S3:807).</summary>
    public static decimal Direct(decimal pct, Explanation explanation, string? objectiveId = null, int index = -1)
    {
        if (pct < 0m)
        {
            throw new DomainException(
                $"{Label(objectiveId)}: la percentuale di raggiungimento non può essere negativa (indicata: {Show.Number(pct)}).",
                Field(index, "achievementPct"));
        }

        if (pct > 100m)
        {
            explanation.Add($"{Label(objectiveId)}: raggiungimento indicato {Show.Pct(pct)}, limitato a 100 % (SPEC §2.2).");
            return 100m;
        }

        explanation.Add($"{Label(objectiveId)}: raggiungimento {Show.Pct(pct)}.");
        return pct;
    }

    /// <summary>
    /// SPEC §2.3: a numeric threshold with inclusive lower bounds: the step with the highest bound the value reaches;
    /// below every bound → 0 % (S0:283: ≥ 75 → 100, 40 ≤ x &lt; 75 → 50, &lt; 40 → 0).
    /// </summary>
    public static decimal Threshold(AchievementRule rule, decimal measuredValue, Explanation explanation, string? objectiveId = null)
    {
        AchievementStep? reached = null;
        decimal? lowest = null;
        foreach (var step in rule.Steps)
        {
            var bound = step.LowerBound ?? 0m;
            lowest = lowest is null || bound < lowest ? bound : lowest;
            if (measuredValue >= bound
                && (reached is null || bound > reached.LowerBound || (bound == reached.LowerBound && step.AchievementPct > reached.AchievementPct)))
            {
                reached = step;
            }
        }

        if (reached is null)
        {
            explanation.Add(
                $"{Label(objectiveId)}: valore rilevato {Show.Number(measuredValue)}{Unit(rule)}, sotto ogni soglia (la minima è {Show.Number(lowest ?? 0m)}) → 0 % (SPEC §2.3).");
            return 0m;
        }

        explanation.Add(
            $"{Label(objectiveId)}: valore rilevato {Show.Number(measuredValue)}{Unit(rule)} ≥ soglia {Show.Number(reached.LowerBound ?? 0m)} («{reached.Label}») → {Show.Pct(reached.AchievementPct)} (SPEC §2.3).");
        return reached.AchievementPct;
    }

    /// <summary>SPEC §2.3: a milestone rule; the NIV names the step reached (none reached → 0 %, SPEC §2.3 [INF]).</summary>
    public static decimal Milestone(AchievementRule rule, string? reachedStep, Explanation explanation, string? objectiveId = null) =>
        Milestone(rule, new AchievementInput { Rule = rule, ReachedStep = reachedStep }, explanation, objectiveId, -1);

    /// <summary>
    /// SPEC §2.3, proportional: higher is better → min(measured / target, 1) × 100; lower is better → 100 when measured
    /// ≤ target, else target / measured × 100. Readings for the edges, so no case divides by zero: a target ≤ 0 that
    /// is missed gives 0 % (nothing to be proportional to); a negative measured value counts as 0 when higher is better.
    /// </summary>
    public static decimal Proportional(decimal measuredValue, decimal target, Polarity polarity, Explanation explanation, string? objectiveId = null)
    {
        var higher = polarity == Polarity.HigherIsBetter;
        var direction = higher ? "maggiore è meglio" : "minore è meglio";
        if (higher ? measuredValue >= target : measuredValue <= target)
        {
            explanation.Add(
                $"{Label(objectiveId)}: proporzionale ({direction}), valore {Show.Number(measuredValue)} {(higher ? "≥" : "≤")} obiettivo {Show.Number(target)} → 100 % (SPEC §2.3).");
            return 100m;
        }

        if (target <= 0m)
        {
            explanation.Add(
                $"{Label(objectiveId)}: proporzionale ({direction}), valore {Show.Number(measuredValue)} non raggiunge l'obiettivo {Show.Number(target)} → 0 % (SPEC §2.3).");
            return 0m;
        }

        var pct = higher ? Math.Max(measuredValue, 0m) / target * 100m : target / measuredValue * 100m;
        // Two calls, not a conditional expression: a disabled explanation then formats nothing.
        if (higher)
        {
            explanation.Add($"{Label(objectiveId)}: proporzionale ({direction}), {Show.Number(measuredValue)} / {Show.Number(target)} × 100 = {Show.Pct(pct)} (SPEC §2.3).");
        }
        else
        {
            explanation.Add($"{Label(objectiveId)}: proporzionale ({direction}), {Show.Number(target)} / {Show.Number(measuredValue)} × 100 = {Show.Pct(pct)} (SPEC §2.3).");
        }
        return pct;
    }

    /// <summary>SPEC §2.3, S1:46: "Raggiunto / non raggiunto": 100 % or 0 %.</summary>
    public static decimal Binary(bool reached, Explanation explanation, string? objectiveId = null)
    {
        // Two calls, not a conditional expression: a disabled explanation then formats nothing.
        if (reached)
        {
            explanation.Add($"{Label(objectiveId)}: raggiunto → 100 % (SPEC §2.3).");
        }
        else
        {
            explanation.Add($"{Label(objectiveId)}: non raggiunto → 0 % (SPEC §2.3).");
        }
        return reached ? 100m : 0m;
    }

    /// <summary>
    /// SPEC §2.4, S0:620: the NIV may replace the value with its own appraisal (0..100), with a required written reason.
    /// </summary>
    public static decimal Override(
        decimal? computed, decimal overridePct, string? reason, Explanation explanation, string? objectiveId = null, int index = -1)
    {
        if (overridePct is < 0m or > 100m)
        {
            throw new DomainException(
                $"{Label(objectiveId)}: il valore attribuito dal NIV deve essere compreso tra 0 e 100 (indicato: {Show.Number(overridePct)}).",
                Field(index, "overridePct"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(
                $"{Label(objectiveId)}: il NIV che modifica il grado di raggiungimento deve indicarne la motivazione.", Field(index, "overrideReason"));
        }

        // Two calls, not a conditional expression: a disabled explanation then formats nothing.
        if (computed is { } value)
        {
            explanation.Add($"{Label(objectiveId)}: il NIV attribuisce {Show.Pct(overridePct)} in luogo di {Show.Pct(value)} (SPEC §2.4). Motivazione: «{reason.Trim()}».");
        }
        else
        {
            explanation.Add($"{Label(objectiveId)}: il NIV attribuisce {Show.Pct(overridePct)} (SPEC §2.4). Motivazione: «{reason.Trim()}».");
        }
        return overridePct;
    }

    /// <summary>
    /// SPEC §2.5, S0:621: when the act or action was not done because of delays or failures of third parties, the
    /// objective counts as achieved: 100 %, whatever was measured.
    /// </summary>
    public static decimal ThirdPartyDelay(string? reason, Explanation explanation, string? objectiveId = null)
    {
        // Two calls, not a conditional expression: a disabled explanation then formats nothing.
        if (string.IsNullOrWhiteSpace(reason))
        {
            explanation.Add($"{Label(objectiveId)}: considerato raggiunto, 100 %, per ritardi o inadempimenti di soggetti terzi (SPEC §2.5).");
        }
        else
        {
            explanation.Add($"{Label(objectiveId)}: considerato raggiunto, 100 %, per ritardi o inadempimenti di soggetti terzi (SPEC §2.5): «{reason.Trim()}».");
        }
        return 100m;
    }

    private static decimal Milestone(AchievementRule rule, AchievementInput input, Explanation explanation, string? objectiveId, int index)
    {
        var steps = rule.Steps;
        AchievementStep? reached = null;
        if (input.ReachedStepIndex is { } position)
        {
            if (position < 0 || position >= steps.Count)
            {
                throw new DomainException(
                    $"{Label(objectiveId)}: il traguardo indicato (posizione {position}) non esiste; la regola ne ha {steps.Count}.",
                    Field(index, "reachedStepIndex"));
            }

            reached = steps[position];
        }
        else if (!string.IsNullOrWhiteSpace(input.ReachedStep))
        {
            var label = input.ReachedStep.Trim();
            foreach (var step in steps)
            {
                if (string.Equals(step.Label.Trim(), label, StringComparison.OrdinalIgnoreCase))
                {
                    reached = step;
                    break;
                }
            }

            if (reached is null)
            {
                throw new DomainException(
                    $"{Label(objectiveId)}: il traguardo «{label}» non è tra quelli della regola ({string.Join("; ", steps.Select(s => $"«{s.Label}»"))}).",
                    Field(index, "reachedStep"));
            }
        }

        if (reached is null)
        {
            explanation.Add($"{Label(objectiveId)}: nessun traguardo raggiunto → 0 % (SPEC §2.3).");
            return 0m;
        }

        explanation.Add($"{Label(objectiveId)}: traguardo raggiunto «{reached.Label}» → {Show.Pct(reached.AchievementPct)} (SPEC §2.3).");
        return reached.AchievementPct;
    }

    private static decimal Required(decimal? measuredValue, string? objectiveId, int index) =>
        measuredValue ?? throw new DomainException($"{Label(objectiveId)}: manca il valore rilevato da confrontare con la regola.", Field(index, "measuredValue"));

    private static string Unit(AchievementRule rule) => rule.MeasureUnit is { } unit ? (unit == "%" ? " %" : " " + unit) : "";

    internal static string Label(string? objectiveId) => string.IsNullOrWhiteSpace(objectiveId) ? "Obiettivo" : "Obiettivo " + objectiveId;

    internal static string Field(int index, string name) => index < 0 ? name : $"objectives[{index}].{name}";
}
