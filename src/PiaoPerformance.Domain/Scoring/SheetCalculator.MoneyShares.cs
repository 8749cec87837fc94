using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Rewards;

namespace PiaoPerformance.Domain.Scoring;

// SPEC §4.16: the S2 variant, where an objective's weight is its share of the money, not of a score.
public static partial class SheetCalculator
{
    /// <summary>The explanation line that opens the money part of a money-share sheet (the PDF prints from it on).</summary>
    public const string MoneyShareHeading =
        "Modello a quote (SPEC §4.16): il peso di ogni obiettivo è la sua quota dell'importo; l'importo non dipende dalla fascia.";

    /// <summary>
    /// SPEC §4.16: before the weights are read, the money-share model's own check with its own message: the shares
    /// of a Segretario, dirigente or EQ are shares of one allowance and must all be given and total 100 (S2:254);
    /// an employee's are shares of the CCDI sum, all given, shared by at least one person.
    /// </summary>
    private static void CheckMoneyShares(SheetInput input)
    {
        var objectives = input.Objectives;
        if (objectives is null || objectives.Count == 0)
        {
            return;
        }

        for (var i = 0; i < objectives.Count; i++)
        {
            if (objectives[i] is { Weight: null } unset)
            {
                throw new DomainException(
                    $"Modello a quote (SPEC §4.16): indicare la quota dell'obiettivo {unset.NameAt(i)}; la ripartizione lineare non si applica.",
                    $"objectives[{i}].weight");
            }

            if (objectives[i] is { SharedBy: < 1 } shared)
            {
                throw new DomainException(
                    $"Obiettivo {shared.NameAt(i)}: le persone coinvolte devono essere almeno una (indicate: {shared.SharedBy}).", $"objectives[{i}].sharedBy");
            }
        }

        var total = objectives.Sum(o => o?.Weight ?? 0m);
        if (input.Role != EvaluatedRole.Dipendente && total != 100m)
        {
            throw new DomainException(
                $"Modello a quote (SPEC §4.16): le quote dell'indennità di risultato degli obiettivi devono sommare a 100 (totale indicato: {Show.Number(total)}).",
                "objectives");
        }
    }

    /// <summary>
    /// SPEC §4.16 and §4.17 steps 6-10 in the money-share model: the shares earned (ResultPayShares for the Segretario,
    /// dirigenti and EQ; EmployeeShares for employees), then sanctions, interim increase, proration, cents. No band and
    /// no payment-times gate: the ITP share already is the statutory 30 % (SPEC §2.10).
    /// </summary>
    private static decimal? MoneySharePay(
        SheetInput input, IReadOnlyList<ObjectiveResult> objectives, bool evaluable, decimal sanctionCutPct, PresenceAssessment presence,
        ProrationBasis basis, EvaluationSystem system, Explanation explanation)
    {
        explanation.Add(MoneyShareHeading);
        if (input.Pay is not { } pay)
        {
            explanation.Add("Importo non calcolato: importo massimo non indicato.");
            return null;
        }

        var what = RoleNames.IsManager(input.Role) ? "Retribuzione di risultato" : "Premio";
        if (!evaluable)
        {
            explanation.Add($"{what}: € 0,00 (scheda non valutabile).");
            return 0m;
        }

        var achievements = ShareAchievements(input, objectives, pay.PaymentTimesMet, explanation);
        decimal amount;
        if (input.Role == EvaluatedRole.Dipendente)
        {
            var shares = objectives.Select((o, i) => new EmployeeObjectiveShare(o.Id, o.OriginalWeight, input.Objectives[i].SharedBy, achievements[i])).ToList();
            amount = pay.Maximum * EmployeeShares.Compute(pay.Maximum, shares, explanation).PaidSharePct / 100m;
        }
        else
        {
            var maximum = pay.Maximum;
            if (input.Role == EvaluatedRole.Segretario)
            {
                maximum = pay.Maximum * system.SegretarioPlanSharePct / 100m;
                explanation.Add(
                    $"Segretario: gli obiettivi del piano coprono il {Show.Pct(system.SegretarioPlanSharePct)} dell'indennità di risultato " +
                    $"({Show.Money(pay.Maximum)} × {Show.Pct(system.SegretarioPlanSharePct)} = {Show.Money(maximum)}); il restante " +
                    $"{Show.Pct(100m - system.SegretarioPlanSharePct)} è fuori dal piano e non è calcolato qui (SPEC §4.16, AMB-18).");
            }

            var shares = objectives.Select((o, i) => new ObjectiveShare(o.Id, o.OriginalWeight, achievements[i], input.Objectives[i].IsPaymentTimes)).ToList();
            amount = maximum * ResultPayShares.Compute(maximum, shares, explanation).PaidSharePct / 100m;
            if (pay.PaymentTimesMet == false && !shares.Any(s => s.IsPaymentTimes))
            {
                explanation.Add(
                    "Attenzione: tempi di pagamento non rispettati ma nessun obiettivo della scheda è l'obiettivo tempi di pagamento (ITP): la riduzione di legge del 30 % passa per la sua quota (SPEC §2.10).");
            }
        }

        amount = MoneyShareSanctions(amount, sanctionCutPct, explanation);
        amount = InterimIncrease(amount, input.Role, pay.InterimIncrease, system.DirigenteInterimIncreasePct, explanation);
        amount = Prorate(amount, presence, basis, explanation);
        var cents = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        explanation.Add($"Importo finale arrotondato al centesimo: {Show.Money(cents)} (SPEC §4.17).");
        return cents;
    }

    /// <summary>
    /// The achievement each share is paid on. The ITP objective is binary (SPEC §2.10): met → 100, not met → 0 when the
    /// sheet says so. An excluded objective (SPEC §2.7) is paid at the weighted mean of the others, which is exactly
    /// redistributing its share to them in proportion, while the shares still total as planned.
    /// </summary>
    private static decimal[] ShareAchievements(SheetInput input, IReadOnlyList<ObjectiveResult> objectives, bool? paymentTimesMet, Explanation explanation)
    {
        var achievements = new decimal[objectives.Count];
        var weighted = 0m;
        var weights = 0m;
        for (var i = 0; i < objectives.Count; i++)
        {
            var o = objectives[i];
            if (o.Excluded)
            {
                continue;
            }

            var pct = o.AchievementPct ?? 0m;
            if (input.Objectives[i].IsPaymentTimes && paymentTimesMet is { } met)
            {
                pct = met ? 100m : 0m;
                explanation.Add(
                    $"Obiettivo {o.Id} (tempi di pagamento): esito binario, {(met ? "rispettati" : "non rispettati")} → {Show.Pct(pct)} (SPEC §2.10).");
            }

            achievements[i] = pct;
            var own = o.OriginalWeight / input.Objectives[i].SharedBy;
            weighted += own * pct;
            weights += own;
        }

        var mean = weights == 0m ? 0m : weighted / weights;
        for (var i = 0; i < objectives.Count; i++)
        {
            if (objectives[i].Excluded)
            {
                achievements[i] = mean;
                explanation.Add(
                    $"Obiettivo {objectives[i].Id} escluso: la sua quota è pagata alla media ponderata degli altri ({Show.Pct(mean)}), cioè ridistribuita in proporzione (SPEC §2.7).");
            }
        }

        return achievements;
    }

    /// <summary>
    /// SPEC §4.9 cuts the total score; in the money-share model the score does not set the money, so the same
    /// percentage cuts the amount (ADR-022: our reading, the SPEC does not say).
    /// </summary>
    private static decimal MoneyShareSanctions(decimal amount, decimal cutPct, Explanation explanation)
    {
        if (cutPct <= 0m)
        {
            return amount;
        }

        var cut = amount * (100m - Math.Min(cutPct, 100m)) / 100m;
        explanation.Add(
            $"Sanzioni disciplinari: nel modello a quote la riduzione del {Show.Pct(cutPct)} si applica all'importo = {Show.Money(cut)} (ADR-022).");
        return cut;
    }
}
