using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>
/// One objective of the S2 model: its share of the result allowance ("% indennità di risultato"), how far it was
/// achieved (0–100), and whether it is the payment-times (ITP) objective.
/// </summary>
public sealed record ObjectiveShare(string Id, decimal SharePct, decimal AchievementPct, bool IsPaymentTimes = false);

/// <summary>The share of the allowance earned (percent, unrounded) and the pay.</summary>
public sealed record ResultPaySharesResult(decimal PaidSharePct, RewardAmount Pay);

/// <summary>
/// The S2 variant where each objective's percentage is its share of the money (SPEC §4.16, S2:254, S2:264, S2:275).
/// </summary>
public static class ResultPayShares
{
    /// <summary>
    /// SPEC §4.16: ResultPay = maximum × Σ(share_i × achievement_i), the shares totalling 100 (Example 11: ITP 30 % × 0
    /// + PEG 60 % × 90 % + PA digitale 10 % × 100 % = 64 % of € 3.000,00 = € 1.920,00). Losing the ITP share is the
    /// statutory 30 % cut, so no payment-times gate is applied on top (SPEC §2.10).
    /// </summary>
    public static ResultPaySharesResult Compute(decimal maximum, IReadOnlyList<ObjectiveShare> shares, Explanation explanation)
    {
        Validate(maximum, shares);

        var paid = 0m;
        foreach (var share in shares)
        {
            var earned = share.SharePct * share.AchievementPct / 100m;
            paid += earned;
            explanation.Add(
                $"Obiettivo {share.Id}: quota {Figures.Number(share.SharePct)} % × raggiungimento {Figures.Number(share.AchievementPct)} % = " +
                $"{Figures.Number(earned)} %.");
        }

        var pay = RewardAmount.Of(maximum * paid / 100m);
        explanation.Add($"Quota dell'indennità spettante: {Figures.Number(paid)} % di {Figures.Money(maximum)} = {Figures.Money(pay.Amount)}.");

        var paymentTimes = shares.Where(s => s.IsPaymentTimes).ToList();
        if (paymentTimes.Count > 0)
        {
            var weight = paymentTimes.Sum(s => s.SharePct);
            var lost = paymentTimes.Sum(s => s.SharePct * (100m - s.AchievementPct) / 100m);
            explanation.Add(lost > 0m
                ? $"Obiettivo tempi di pagamento non pienamente raggiunto: la quota persa ({Figures.Number(lost)} %) è la riduzione " +
                  "di legge, nessuna ulteriore decurtazione del 30 % (SPEC §2.10)."
                : "Obiettivo tempi di pagamento raggiunto: nessuna riduzione di legge (SPEC §2.10).");
            if (PaymentTimes.CheckWeight(weight) is { IsBelowMinimum: true, Message: { } warning })
            {
                explanation.Add($"Attenzione: {warning}");
            }
        }

        return new ResultPaySharesResult(paid, pay);
    }

    private static void Validate(decimal maximum, IReadOnlyList<ObjectiveShare> shares)
    {
        if (maximum < 0m)
        {
            throw new DomainException($"L'indennità massima non può essere negativa (valore indicato: {Figures.Money(maximum)}).", "maximum");
        }

        if (shares is null || shares.Count == 0)
        {
            throw new DomainException("Indicare almeno un obiettivo con la sua quota dell'indennità.", "shares");
        }

        for (var i = 0; i < shares.Count; i++)
        {
            Guard.Required(shares[i].Id, $"shares[{i}].id", "Identificativo dell'obiettivo");
            Guard.Percentage(shares[i].SharePct, $"shares[{i}].sharePct", "Quota dell'indennità");
            Guard.Percentage(shares[i].AchievementPct, $"shares[{i}].achievementPct", "Raggiungimento");
        }

        var total = shares.Sum(s => s.SharePct);
        if (total != 100m)
        {
            throw new DomainException(
                $"Le quote dell'indennità di risultato devono sommare a 100 (totale indicato: {Figures.Number(total)}).", "shares");
        }
    }
}
