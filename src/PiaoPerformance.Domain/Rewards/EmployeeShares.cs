using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>
/// One objective of an employee in the S2 model: its share of the CCDI "somma destinata alla performance
/// organizzativa" (S2:197), how many employees it is shared by, and how far it was achieved (0–100).
/// </summary>
public sealed record EmployeeObjectiveShare(string Id, decimal SharePct, int SharedBy, decimal AchievementPct);

/// <summary>The share of the CCDI sum earned (percent, unrounded) and the value, unrounded and in cents.</summary>
public sealed record EmployeeSharesResult(decimal PaidSharePct, RewardAmount Pay);

/// <summary>SPEC §4.16, employees in the S2 model: the value is a share of the CCDI sum for organisational performance.</summary>
public static class EmployeeShares
{
    /// <summary>
    /// Value = sum × Σ(share_i / people_i × achievement_i). AMB-18 [PROP] (SPEC §7): a shared objective's share is
    /// split equally among the people involved (S2:229-230: PA digitale 10 % for two people → 5 % each). The shares of
    /// one person total at most 100 (in S2 the whole staff's add up to 89 %).
    /// </summary>
    public static EmployeeSharesResult Compute(decimal sum, IReadOnlyList<EmployeeObjectiveShare> shares, Explanation explanation)
    {
        if (sum < 0m)
        {
            throw new DomainException($"La somma destinata alla performance organizzativa non può essere negativa (indicata: {Figures.Money(sum)}).", "pay.maximum");
        }

        if (shares is null || shares.Count == 0)
        {
            throw new DomainException("Indicare almeno un obiettivo con la sua quota della somma.", "objectives");
        }

        var paid = 0m;
        var total = 0m;
        for (var i = 0; i < shares.Count; i++)
        {
            var share = shares[i];
            Guard.Percentage(share.SharePct, $"objectives[{i}].weight", "Quota della somma");
            Guard.Percentage(share.AchievementPct, $"objectives[{i}].achievementPct", "Raggiungimento");
            if (share.SharedBy < 1)
            {
                throw new DomainException($"Obiettivo {share.Id}: le persone coinvolte devono essere almeno una (indicate: {share.SharedBy}).", $"objectives[{i}].sharedBy");
            }

            total += share.SharePct;
            var own = share.SharePct / share.SharedBy;
            var earned = own * share.AchievementPct / 100m;
            paid += earned;
            explanation.Add(share.SharedBy == 1
                ? $"Obiettivo {share.Id}: quota {Figures.Number(share.SharePct)} % × raggiungimento {Figures.Number(share.AchievementPct)} % = {Figures.Number(earned)} %."
                : $"Obiettivo {share.Id} comune a {share.SharedBy} persone: quota {Figures.Number(share.SharePct)} % / {share.SharedBy} = {Figures.Number(own)} % " +
                  $"× raggiungimento {Figures.Number(share.AchievementPct)} % = {Figures.Number(earned)} % (ripartizione in parti uguali, SPEC §7 AMB-18).");
        }

        if (total > 100m)
        {
            throw new DomainException($"Le quote della somma non possono superare 100 (totale indicato: {Figures.Number(total)}).", "objectives");
        }

        var pay = RewardAmount.Of(sum * paid / 100m);
        explanation.Add(
            $"Quota della somma destinata alla performance organizzativa spettante: {Figures.Number(paid)} % di {Figures.Money(sum)} = {Figures.Money(pay.Amount)}.");
        return new EmployeeSharesResult(paid, pay);
    }
}
