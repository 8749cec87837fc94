using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// Obiettivo (strategico, operativo, gestionale): the card of SPEC §1.7 with the fields of §1.9-§1.14. One aggregate:
/// indicators, year targets, phases, staff, contributions and the graded rule change only through it, and every change
/// touches <see cref="UpdatedAt"/> so that concurrent edits of any part collide on the objective's row version.
/// </summary>
public sealed partial class Objective : ITenantOwned
{
    private readonly List<ObjectiveMandateLine> _mandateLines = [];
    private readonly List<ObjectiveBudgetLink> _budgetLinks = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<YearTarget> _yearTargets = [];
    private readonly List<Phase> _phases = [];
    private readonly List<ObjectiveStaff> _staff = [];
    private readonly List<ObjectiveContribution> _contributions = [];

    private Objective()
    {
    }

    public Objective(PlanCycle cycle, ObjectiveLevel level, ObjectiveKind kind, int number, string title, OrgUnit? ownerUnit)
    {
        Id = Ids.New();
        MunicipalityId = cycle.MunicipalityId;
        PlanCycleId = cycle.Id;
        Level = level;
        Kind = kind;
        Status = ObjectiveStatus.Planned;
        Renumber(number);
        Title = Guard.Required(title, nameof(Title), "Descrizione dell'obiettivo");
        if (ownerUnit is not null)
        {
            AssignTo(ownerUnit, null);
        }

        if (kind == ObjectiveKind.Unit && level != ObjectiveLevel.Strategic && ownerUnit is null)
        {
            throw new DomainException("Un obiettivo di unità deve indicare l'unità organizzativa responsabile.", nameof(OwnerUnitId));
        }

        foreach (var year in cycle.Years)
        {
            _yearTargets.Add(new YearTarget(MunicipalityId, year));
        }

        Touch();
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PlanCycleId { get; private set; }

    public ObjectiveLevel Level { get; private set; }

    public ObjectiveKind Kind { get; private set; }

    /// <summary>The strategic objective an operational one belongs to.</summary>
    public Guid? ParentObjectiveId { get; private set; }

    /// <summary>"Obiettivo n." as printed; numbering restarts in each unit (S0:37, S0:447).</summary>
    public int Number { get; private set; }

    /// <summary>Code from the ente's scheme, e.g. "OS1.03" (S3:243); optional.</summary>
    public string? Code { get; private set; }

    public Guid? OwnerUnitId { get; private set; }

    /// <summary>Set only where a unit's heads split its objectives (S0:401, "SETTORE VI (…)"); else the unit's heads.</summary>
    public Guid? ResponsiblePersonId { get; private set; }

    /// <summary>Bold theme heading, e.g. "DIGITALIZZAZIONE" (S0:38): a label, not unique.</summary>
    public string? Theme { get; private set; }

    /// <summary>"Descrizione obiettivo operativo" (S0:37).</summary>
    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public string? DupCode { get; private set; }

    /// <summary>"Peso" in % of the person evaluated's total (S0:38); null when equal weights apply (S3:521).</summary>
    public decimal? Weight { get; private set; }

    /// <summary>"40% dell'obiettivo strategico" (S0:11): share of the parent strategic objective's weight.</summary>
    public decimal? ShareOfParentPct { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    /// <summary>End as text when not a date: "31.12 di ciascun anno", "Termine di legge", "Intero anno" (S0:48, S0:551, S0:11).</summary>
    public string? EndText { get; private set; }

    /// <summary>"Risultato atteso".</summary>
    public string? ExpectedResult { get; private set; }

    /// <summary>"Modalità di verifica del risultato" (S0:41).</summary>
    public string? VerificationMethod { get; private set; }

    public string? Stakeholders { get; private set; }

    /// <summary>External contributors (S2:40 d); internal units contribute through <see cref="Contributions"/>.</summary>
    public string? ExternalContributors { get; private set; }

    public ObjectiveStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>A function exercised only if the case arises ("Funzioni suppletive", S0:606, SPEC §2.8).</summary>
    public bool IsContingent { get; private set; }

    /// <summary>The payment-times objective of art. 4-bis D.L. 13/2023 (S0:18, SPEC §2.10).</summary>
    public bool IsPaymentTimes { get; private set; }

    /// <summary>A note for the reviewer on data that looks wrong in the source (e.g. AMB-11 "10%").</summary>
    public string? ReviewNote { get; private set; }

    public AchievementRule? AchievementRule { get; private set; }

    public WeightingGrid? WeightingGrid { get; private set; }

    public int SortOrder { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ObjectiveMandateLine> MandateLines => _mandateLines;

    public IReadOnlyList<ObjectiveBudgetLink> BudgetLinks => _budgetLinks;

    /// <summary>In the card's order, whatever order storage returns them in.</summary>
    public IReadOnlyList<Indicator> Indicators => _indicators.OrderBy(i => i.Order).ToList();

    public IReadOnlyList<YearTarget> YearTargets => _yearTargets;

    public IReadOnlyList<Phase> Phases => _phases;

    public IReadOnlyList<ObjectiveStaff> Staff => _staff;

    public IReadOnlyList<ObjectiveContribution> Contributions => _contributions;

    private void Touch() => UpdatedAt = DateTimeOffset.UtcNow;
}
