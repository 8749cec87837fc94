using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Planning;

// The card's descriptive fields, schedule, weight and ownership.
public sealed partial class Objective
{
    public void Renumber(int number, string? code = null)
    {
        if (number < 1)
        {
            throw new DomainException("Il numero dell'obiettivo deve essere almeno 1.", nameof(Number));
        }

        Number = number;
        Code = Guard.Optional(code);
        Touch();
    }

    public void Describe(string? theme, string title, string? description, string? expectedResult, string? verificationMethod)
    {
        var checkedTitle = Guard.Required(title, nameof(Title), "Descrizione dell'obiettivo");
        Theme = Guard.Optional(theme);
        Title = checkedTitle;
        Description = Guard.Optional(description);
        ExpectedResult = Guard.Optional(expectedResult);
        VerificationMethod = Guard.Optional(verificationMethod);
        Touch();
    }

    public void DescribeParties(string? stakeholders, string? externalContributors)
    {
        Stakeholders = Guard.Optional(stakeholders);
        ExternalContributors = Guard.Optional(externalContributors);
        Touch();
    }

    /// <summary>Inizio and Fine: an end date, or an end text such as "31.12 di ciascun anno", never an end before the start.</summary>
    public void Schedule(DateOnly? start, DateOnly? endDate, string? endText)
    {
        if (start is not null && endDate is not null && endDate < start)
        {
            throw new DomainException(
                $"La data di fine ({Format.Date(endDate.Value)}) non può precedere la data di inizio ({Format.Date(start.Value)}).",
                nameof(EndDate));
        }

        StartDate = start;
        EndDate = endDate;
        EndText = Guard.Optional(endText);
        Touch();
    }

    /// <summary>The weight in % (0-100); null leaves it to equal weighting (S3:521).</summary>
    public void SetWeight(decimal? weight)
    {
        Weight = Guard.Percentage(weight, nameof(Weight), "Peso dell'obiettivo");
        Touch();
    }

    /// <summary>Puts an operational objective under a strategic one with its share of the parent's weight (S0:11).</summary>
    public void PlaceUnder(Objective parent, decimal shareOfParentPct)
    {
        EnsureCanPlaceUnder(parent, shareOfParentPct);
        ShareOfParentPct = shareOfParentPct;
        ParentObjectiveId = parent.Id;
        Touch();
    }

    /// <summary>Takes an operational objective out of its strategic objective: it keeps its own weight, no share.</summary>
    public void DetachFromParent()
    {
        ParentObjectiveId = null;
        ShareOfParentPct = null;
        Touch();
    }

    private void EnsureCanPlaceUnder(Objective parent, decimal shareOfParentPct)
    {
        if (parent.Level != ObjectiveLevel.Strategic)
        {
            throw new DomainException("L'obiettivo superiore deve essere un obiettivo strategico.", nameof(ParentObjectiveId));
        }

        if (Level == ObjectiveLevel.Strategic)
        {
            throw new DomainException("Un obiettivo strategico non può essere collocato sotto un altro obiettivo strategico.", nameof(ParentObjectiveId));
        }

        if (parent.PlanCycleId != PlanCycleId)
        {
            throw new DomainException("L'obiettivo strategico appartiene a un altro ciclo di pianificazione.", nameof(ParentObjectiveId));
        }

        Guard.Percentage(shareOfParentPct, nameof(ShareOfParentPct), "Quota dell'obiettivo strategico");
    }

    /// <summary>
    /// Sets the shares of all operational objectives of a strategic objective at once: they must total 100
    /// (SPEC §1.5 [PROP]).
    /// </summary>
    public void DistributeShares(IReadOnlyList<(Objective Child, decimal SharePct)> shares)
    {
        var total = shares.Sum(s => s.SharePct);
        if (shares.Count > 0 && total != 100m)
        {
            throw new DomainException(
                $"Le quote degli obiettivi operativi devono sommare al 100% dell'obiettivo strategico (totale indicato: {Format.Number(total)}%).",
                nameof(ShareOfParentPct));
        }

        foreach (var (child, share) in shares)
        {
            child.EnsureCanPlaceUnder(this, share);
        }

        foreach (var (child, share) in shares)
        {
            child.PlaceUnder(this, share);
        }
    }

    public void AssignTo(OrgUnit? unit, Person? responsible)
    {
        if (unit is not null && unit.MunicipalityId != MunicipalityId)
        {
            throw new DomainException("L'unità organizzativa appartiene a un altro ente.", nameof(OwnerUnitId));
        }

        if (responsible is not null && responsible.MunicipalityId != MunicipalityId)
        {
            throw new DomainException("Il responsabile appartiene a un altro ente.", nameof(ResponsiblePersonId));
        }

        OwnerUnitId = unit?.Id;
        ResponsiblePersonId = responsible?.Id;
        Touch();
    }

    public void SetMandateLines(IEnumerable<MandateLine> lines)
    {
        var list = lines.DistinctBy(l => l.Id).ToList();
        if (list.Any(l => l.MunicipalityId != MunicipalityId))
        {
            throw new DomainException("Una linea di mandato appartiene a un altro ente.", nameof(MandateLines));
        }

        _mandateLines.Clear();
        _mandateLines.AddRange(list.Select(l => new ObjectiveMandateLine(MunicipalityId, l.Id)));
        Touch();
    }

    /// <summary>The DUP code, chosen from the ente's lookup (SPEC §1.3 [PROP]); null clears it.</summary>
    public void SetDupCode(DupCode? code)
    {
        if (code is not null && code.MunicipalityId != MunicipalityId)
        {
            throw new DomainException("Il codice DUP appartiene a un altro ente.", nameof(DupCode));
        }

        DupCode = code?.Code;
        Touch();
    }

    public void SetBudgetProgrammes(IEnumerable<BudgetProgramme> programmes)
    {
        var list = programmes.DistinctBy(p => p.Id).ToList();
        if (list.Any(p => p.MunicipalityId != MunicipalityId))
        {
            throw new DomainException("Una coppia missione/programma appartiene a un altro ente.", nameof(BudgetLinks));
        }

        _budgetLinks.Clear();
        _budgetLinks.AddRange(list.Select((p, i) => new ObjectiveBudgetLink(MunicipalityId, p.Id, i + 1)));
        Touch();
    }

    public void SetAchievementRule(AchievementRule? rule)
    {
        AchievementRule = rule;
        Touch();
    }

    public void SetWeightingGrid(WeightingGrid? grid)
    {
        WeightingGrid = grid;
        Touch();
    }

    public void MarkContingent(bool isContingent)
    {
        IsContingent = isContingent;
        Touch();
    }

    public void MarkPaymentTimes(bool isPaymentTimes)
    {
        IsPaymentTimes = isPaymentTimes;
        Touch();
    }

    public void SetReviewNote(string? note)
    {
        ReviewNote = Guard.Optional(note);
        Touch();
    }

    public void Reorder(int sortOrder)
    {
        SortOrder = sortOrder;
        Touch();
    }
}
