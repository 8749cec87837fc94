using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>
/// The money of one year as the acts give it, stored where it is input and never computed: the CCDI's performance
/// fund (SPEC §4.7), the head-count per unit and classification area on 1 January, and the CCDI parameters of the
/// top-performer supplement (SPEC §4.6: at least 30 % of the average premium, for a quota of staff). The pots, the
/// maxima and the supplement are computed from it by <see cref="FundSplit"/>, <see cref="EmployeeMaximum"/> and
/// <see cref="TopPerformerSupplement"/>. The coefficients are the versioned <see cref="ClassificationCoefficients"/>.
/// </summary>
public sealed class PerformanceFund : ITenantOwned
{
    private readonly List<FundHeadcount> _headcounts = [];

    private PerformanceFund()
    {
    }

    public PerformanceFund(Guid municipalityId, Guid planCycleId, int year, decimal amount)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException($"Anno del fondo non valido (indicato: {year}).", nameof(Year));
        }

        Id = Ids.New();
        MunicipalityId = municipalityId;
        PlanCycleId = planCycleId;
        Year = year;
        ChangeAmount(amount);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PlanCycleId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The fund for individual performance premiums, in euro.</summary>
    public decimal Amount { get; private set; }

    /// <summary>SPEC §4.6: the supplement in % of the average premium of the positively rated (≥ 30), set by the CCDI.</summary>
    public decimal SupplementPct { get; private set; } = TopPerformerSupplement.MinimumPct;

    /// <summary>SPEC §4.6: the share of staff (%) who may receive the supplement, set by the CCDI.</summary>
    public decimal SupplementQuotaPct { get; private set; } = 10m;

    /// <summary>
    /// SPEC §4.16, S2:197: the CCDI's "somma destinata alla performance organizzativa", in euro; in the money-share
    /// model an employee's value is a share of it. Null when the CCDI sets none.
    /// </summary>
    public decimal? OrganisationalPerformanceSum { get; private set; }

    public IReadOnlyList<FundHeadcount> Headcounts => _headcounts;

    /// <summary>SPEC §4.16: the CCDI sum for organisational performance (not negative; null = none).</summary>
    public void SetOrganisationalPerformanceSum(decimal? sum)
    {
        if (sum < 0m)
        {
            throw new DomainException(
                $"La somma destinata alla performance organizzativa non può essere negativa (indicata: {Figures.Money(sum.Value)}).",
                nameof(OrganisationalPerformanceSum));
        }

        OrganisationalPerformanceSum = sum;
    }

    public void ChangeAmount(decimal amount)
    {
        if (amount < 0m)
        {
            throw new DomainException($"L'importo del fondo non può essere negativo (indicato: {Figures.Money(amount)}).", nameof(Amount));
        }

        Amount = amount;
    }

    /// <summary>SPEC §4.6: the CCDI's supplement (at least 30 %) and quota (0..100 % of the staff).</summary>
    public void SetTopPerformerParameters(decimal supplementPct, decimal quotaPct)
    {
        if (supplementPct < TopPerformerSupplement.MinimumPct || supplementPct > 100m)
        {
            throw new DomainException(
                $"La maggiorazione deve essere almeno il {Format.Number(TopPerformerSupplement.MinimumPct)} % del premio medio e al più il 100 % (indicata: {Format.Number(supplementPct)} %).",
                nameof(SupplementPct));
        }

        SupplementQuotaPct = Guard.Percentage(quotaPct, nameof(SupplementQuotaPct), "Quota di personale cui attribuire la maggiorazione");
        SupplementPct = supplementPct;
    }

    /// <summary>Replaces a unit's head-count on 1 January, per classification area (counts not negative; zeros dropped).</summary>
    public void SetHeadcount(Guid orgUnitId, IReadOnlyDictionary<ClassificationArea, int> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        foreach (var (area, count) in staff)
        {
            if (count < 0)
            {
                throw new DomainException($"Il personale dell'area {ClassificationCoefficients.Label(area)} non può essere negativo (indicato: {count}).",
                    $"headcount.{area}");
            }
        }

        _headcounts.RemoveAll(h => h.OrgUnitId == orgUnitId);
        _headcounts.AddRange(staff.Where(p => p.Value > 0).Select(p => new FundHeadcount(MunicipalityId, orgUnitId, p.Key, p.Value)));
    }

    /// <summary>The head-counts as the engine reads them, one per unit (the unit's id as text).</summary>
    public IReadOnlyList<UnitHeadcount> UnitHeadcounts() =>
        _headcounts.GroupBy(h => h.OrgUnitId)
            .Select(g => new UnitHeadcount(g.Key.ToString(), g.ToDictionary(h => h.Area, h => h.Count)))
            .ToList();

    /// <summary>SPEC §4.7: the fund split across units by head-count and coefficients.</summary>
    public FundSplitResult Split(ClassificationCoefficients coefficients, Explanation explanation) =>
        FundSplit.Split(Amount, UnitHeadcounts(), coefficients, explanation);

    /// <summary>SPEC §4.7 [PROP]: an employee's maximum premium: the unit's pot shared by the coefficients of its staff.</summary>
    public RewardAmount EmployeeMaximumFor(Guid orgUnitId, ClassificationArea area, ClassificationCoefficients coefficients, Explanation explanation)
    {
        var split = Split(coefficients, explanation);
        var pot = split.Units.FirstOrDefault(u => u.Id == orgUnitId.ToString())
            ?? throw new DomainException("L'unità non ha personale nel conteggio al 1° gennaio del fondo.", "orgUnitId");
        var staff = _headcounts.Where(h => h.OrgUnitId == orgUnitId).ToDictionary(h => h.Area, h => h.Count);
        return EmployeeMaximum.Compute(pot.Amount, staff, area, coefficients, explanation);
    }
}
