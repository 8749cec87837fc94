using System.Text.Json;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Web.Api;

/// <summary>
/// Translates the sheet request into the domain's <see cref="SheetInput"/>: names and shapes only. Checks of values
/// (ranges, totals, catalogue lengths) are the domain's; here only what JSON cannot say (an unknown role name).
/// </summary>
internal static class SheetMapping
{
    public static SheetInput ToInput(SheetRequest request) => new()
    {
        Role = Parse<EvaluatedRole>(request.Role, "role", "Ruolo", "Segretario, Dirigente, Eq, Dipendente"),
        Year = ApiJson.Required(request.Year, "year", "Anno"),
        EntePerformance = ApiJson.Required(request.EntePerformance, "entePerformance", "Performance dell'ente"),
        Objectives = ApiJson.Required(request.Objectives, "objectives", "Obiettivi").Select(Objective).ToList(),
        BehaviourScores = ApiJson.Required(request.BehaviourScores, "behaviourScores", "Punteggi dei comportamenti"),
        Sanctions = request.Sanctions is { } s
            ? new SanctionsInput { WrittenReprimand = s.WrittenReprimand, Fine = s.Fine, Suspension = s.Suspension, Dismissal = s.Dismissal }
            : null,
        Service = request.Service is { } service
            ? new ServiceInput
            {
                From = service.From,
                To = service.To,
                PartTimePct = service.PartTimePct ?? 100m,
                VerticalPartTime = service.VerticalPartTime,
                ProtectedAbsence = service.ProtectedAbsence,
            }
            : null,
        // Issue 4: "pay (cents, or null without pay.maximum)": no maximum, no amount (the explanation says so).
        Pay = request.Pay is { Maximum: { } maximum } pay
            ? new PayInput { Maximum = maximum, InterimIncrease = pay.InterimIncrease, PaymentTimesMet = pay.PaymentTimesMet }
            : null,
        Options = Options(request.Options),
    };

    public static SheetResponse ToResponse(SheetResult result) => new(
        result.Objectives.Select(o => new SheetObjectiveResponse(o.Id, o.OriginalWeight, o.EffectiveWeight, o.AchievementPct, o.WeightedScore, o.Excluded)).ToList(),
        result.ObjectivesSum,
        result.A,
        result.B,
        result.C,
        result.D,
        result.SanctionCutPct,
        result.DAfterSanctions,
        result.Band is { } band ? new BandResponse(band.Label, band.PayPct) : null,
        result.Negative,
        result.Evaluable,
        result.NotEvaluableReason,
        result.ServiceFactor,
        result.Pay,
        result.Explanation);

    private static ObjectiveInput Objective(SheetObjectiveRequest? o, int index)
    {
        var path = $"objectives[{index}]";
        if (o is null)
        {
            throw new DomainException($"Obiettivo n. {index + 1}: manca (null).", path);
        }

        return new ObjectiveInput(o.Id ?? $"{index + 1}", o.Weight, Achievement(o, path))
        {
            Excluded = o.Excluded,
            ExclusionReason = o.ExclusionReason,
            ContingentNotExercised = o.ContingentNotExercised,
            ThirdPartyDelay = o.ThirdPartyDelay,
            ThirdPartyDelayReason = o.ThirdPartyDelayReason,
            IsPaymentTimes = o.IsPaymentTimes,
            SharedBy = o.SharedBy,
        };
    }

    private static AchievementInput? Achievement(SheetObjectiveRequest o, string path)
    {
        AchievementInput? input = o.Rule is { } rule ? RuleInput(rule, o, path)
            : o.AchievementPct is { } pct ? AchievementInput.Direct(pct)
            : null;
        if (o.OverridePct is { } overridePct)
        {
            input = (input ?? new AchievementInput()).WithOverride(overridePct, o.OverrideReason);
        }

        return input;
    }

    private static AchievementInput RuleInput(RuleRequest rule, SheetObjectiveRequest o, string path)
    {
        var kind = Parse<AchievementRuleKind>(rule.Kind, $"{path}.rule.kind", "Tipo di regola", "NumericThreshold, Milestone, Proportional, Binary");
        var steps = rule.Steps ?? [];
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is null)
            {
                throw new DomainException($"Livello n. {i + 1} della regola: manca (null).", $"{path}.rule.steps[{i}]");
            }
        }

        return kind switch
        {
            AchievementRuleKind.NumericThreshold => new AchievementInput
            {
                Rule = At($"{path}.rule.steps", () => new AchievementRule(kind, steps.Select(s =>
                    new AchievementStep(s.Label ?? $"da {Format.Number(s.From ?? 0m)}", s.Pct ?? 0m, s.From)))),
                MeasuredValue = o.MeasuredValue,
            },
            AchievementRuleKind.Milestone => new AchievementInput
            {
                Rule = At($"{path}.rule.steps", () => new AchievementRule(kind, steps.Select((s, i) =>
                    new AchievementStep(s.Label ?? $"livello {i + 1}", s.Pct ?? 0m)))),
                ReachedStep = o.ReachedStep is { ValueKind: JsonValueKind.String } label ? label.GetString() : null,
                ReachedStepIndex = o.ReachedStep is { ValueKind: JsonValueKind.Number } index ? index.GetInt32() : null,
            },
            AchievementRuleKind.Proportional => AchievementInput.Proportional(
                ApiJson.Required(o.MeasuredValue, $"{path}.measuredValue", "Valore misurato"),
                ApiJson.Required(rule.Target, $"{path}.rule.target", "Target"),
                rule.Polarity is null ? Polarity.HigherIsBetter : Parse<Polarity>(rule.Polarity, $"{path}.rule.polarity", "Polarità", "HigherIsBetter, LowerIsBetter")),
            _ => AchievementInput.Binary(o.Reached ?? false),
        };
    }

    private static ScoringOptions? Options(OptionsRequest? options) => options is null
        ? null
        : new ScoringOptions
        {
            SanctionCombination = options.SanctionCombination is null ? SanctionCombination.Additive
                : Parse<SanctionCombination>(options.SanctionCombination, "options.sanctionCombination", "Combinazione delle sanzioni", "additive, multiplicative"),
            RoundTotal = options.RoundTotal ?? false,
            PaymentTimesMode = options.PaymentTimesMode is null ? PaymentTimesMode.Gate
                : Parse<PaymentTimesMode>(options.PaymentTimesMode, "options.paymentTimesMode", "Modalità tempi di pagamento", "gate, weight"),
            ProrationBasis = options.ProrationBasis is null ? ProrationBasis.Days
                : Parse<ProrationBasis>(options.ProrationBasis, "options.prorationBasis", "Base del riproporzionamento", "days, months"),
            WeightModel = options.WeightModel is null ? WeightModel.Score
                : Parse<WeightModel>(options.WeightModel, "options.weightModel", "Lettura dei pesi degli obiettivi", "score, moneyShare"),
        };

    private static T Parse<T>(string? value, string field, string label, string allowed)
        where T : struct, Enum =>
        Enum.TryParse<T>(ApiJson.Required(value, field, label), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            && !int.TryParse(value, out _)
            ? parsed
            : throw new DomainException($"{label}: valore \"{value}\" non riconosciuto (ammessi: {allowed}).", field);

    /// <summary>Runs a domain constructor and names the API field in its error.</summary>
    private static T At<T>(string field, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (DomainException ex)
        {
            throw new DomainException(ex.Message, field);
        }
    }
}
