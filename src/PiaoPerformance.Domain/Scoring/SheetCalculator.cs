using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// Scores one evaluation sheet in the order of SPEC §4.17: weights, achievements, S, A, B, C, D, disciplinary cuts,
/// band, payment-times gate, interim increase, proration, cents. Every step is written to the explanation. Bad input
/// is a <see cref="DomainException"/> whose <see cref="DomainException.Field"/> is the request's path
/// (<c>objectives[2].weight</c>, <c>behaviourScores[3]</c>, <c>service.to</c>, <c>pay.maximum</c>, …). Use one
/// <see cref="Explanation"/> per sheet, or <see cref="Explanation.Disabled"/> to score without one.
/// </summary>
public static partial class SheetCalculator
{
    public static SheetResult Score(SheetInput input, EvaluationSystem system, Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(explanation);

        var scheme = SchemeFor(input.Role, system);
        CheckYear(input.Year);
        Guard.Percentage(input.EntePerformance, "entePerformance", "Performance di ente");
        CheckSanctions(input.Sanctions);
        CheckPay(input.Pay);
        var options = input.Options ?? system.Options;
        explanation.Add(
            $"Scheda di valutazione {RoleNames.Of(input.Role)}, anno {input.Year}. I valori sono mostrati con al più 4 decimali; i calcoli usano i valori esatti, senza arrotondamenti.");

        var presence = input.Service is null
            ? PresenceRules.FullYear(input.Year)
            : PresenceRules.Assess(input.Service, input.Year, system.PresenceThresholdMonths, options.ProrationBasis, explanation);

        // SPEC §4.17 steps 1-3; §4.16: in the money-share model the weights are shares of the money.
        var moneyShare = options.WeightModel == WeightModel.MoneyShare;
        if (moneyShare)
        {
            CheckMoneyShares(input);
        }

        var weights = ObjectiveWeighting.Compute(input.Objectives, explanation, sharesOfSum: moneyShare && input.Role == EvaluatedRole.Dipendente);
        var objectives = ScoreObjectives(input.Objectives, weights, explanation, out var sum);
        var s = ObjectivesSum(objectives, sum, weights.NothingToWeigh, explanation);
        var shares = scheme.Shares;
        var a = ComponentA(input.EntePerformance, shares, explanation);
        var b = ComponentB(s, shares, explanation);
        var c = ComponentC(input.BehaviourScores, scheme.Catalogue, explanation);
        var d = Total(a, b, c, explanation);

        // SPEC §4.17 step 4.
        var dCut = ApplySanctions(d, input.Sanctions, input.Role, system, options.SanctionCombination, explanation, out var cutPct);

        var reason = NotEvaluableReason(input.Sanctions, presence, weights);
        var bandScore = BandScore(dCut, options.RoundTotal, explanation);

        // SPEC §4.17 step 5.
        PayBand? band = null;
        var negative = false;
        if (reason is null)
        {
            band = SelectBand(bandScore, input.Role, scheme.Bands, explanation);
            negative = IsNegative(bandScore, system.NegativeThreshold, explanation);
        }
        else
        {
            explanation.Add($"Scheda non valutabile: {reason}. Nessuna fascia e nessun premio; i punteggi sono mostrati solo per completezza.");
        }

        // SPEC §4.17 steps 6-10.
        var pay = moneyShare
            ? MoneySharePay(input, objectives, reason is null, cutPct, presence, options.ProrationBasis, system, explanation)
            : Pay(input, band, presence, options.ProrationBasis, system, options.PaymentTimesMode, explanation);

        return new SheetResult
        {
            Objectives = objectives,
            ObjectivesSum = s,
            A = a,
            B = b,
            C = c,
            D = d,
            SanctionCutPct = cutPct,
            DAfterSanctions = dCut,
            BandScore = bandScore,
            Band = band,
            Negative = negative,
            Evaluable = reason is null,
            NotEvaluableReason = reason,
            ServiceFactor = presence.ServiceFactor,
            Pay = pay,
            Explanation = explanation.IsEnabled ? explanation.Lines.ToArray() : [],
        };
    }

    private static RoleScheme SchemeFor(EvaluatedRole role, EvaluationSystem system) =>
        Enum.IsDefined(role)
            ? system.For(role)
            : throw new DomainException("Ruolo valutato non riconosciuto: indicare Segretario, Dirigente, Eq o Dipendente.", "role");

    private static void CheckYear(int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException($"Anno di valutazione non valido: deve essere compreso tra 2000 e 2100 (indicato: {year}).", "year");
        }
    }

    private static void CheckSanctions(SanctionsInput? sanctions)
    {
        if (sanctions is null)
        {
            return;
        }

        CheckCount(sanctions.WrittenReprimand, "sanctions.writtenReprimand", "rimproveri scritti");
        CheckCount(sanctions.Fine, "sanctions.fine", "multe");
        CheckCount(sanctions.Suspension, "sanctions.suspension", "sospensioni");

        static void CheckCount(int count, string field, string what)
        {
            if (count < 0)
            {
                throw new DomainException($"Il numero di {what} nell'anno non può essere negativo (indicato: {count}).", field);
            }
        }
    }

    private static void CheckPay(PayInput? pay)
    {
        if (pay is not null && pay.Maximum < 0m)
        {
            throw new DomainException(
                $"Il premio massimo non può essere negativo (indicato: {Show.Money(pay.Maximum)}).", "pay.maximum");
        }
    }

    /// <summary>
    /// SPEC §4.9 (dismissal excludes from evaluation), §4.11 (presence under three months), §2.7 (every objective
    /// excluded: our reading, S cannot be measured): the first reason the sheet is not evaluated, or null.
    /// </summary>
    private static string? NotEvaluableReason(SanctionsInput? sanctions, PresenceAssessment presence, ObjectiveWeights weights)
    {
        if (sanctions?.Dismissal == true)
        {
            return "licenziamento, che comporta l'esclusione dalla valutazione (SPEC §4.9)";
        }

        if (!presence.Evaluable)
        {
            return "presenza in servizio inferiore alla soglia minima (SPEC §4.11)";
        }

        return weights.NothingToWeigh ? "nessun obiettivo da valutare dopo le esclusioni (SPEC §2.7)" : null;
    }
}
