using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Planning;

/// <summary>
/// What the card editor needs: the card (or a blank one for a new objective of a unit), the ente's lookups, whether
/// the actor may change it (<see cref="AccessRules"/>) and a <see cref="WeightPreview"/> that recomputes the weight
/// total of the person evaluated with the weight being typed (<see cref="WeightTotals"/>).
/// </summary>
public sealed class ObjectiveEditorQueries(IDbContextFactory<PiaoDbContext> contextFactory)
{
    /// <summary>The editor of an existing card; null when the card does not exist for the actor.</summary>
    public async Task<ObjectiveEditorData?> ForCardAsync(Actor actor, Guid objectiveId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var planId = await db.Objectives.Where(o => o.Id == objectiveId && o.MunicipalityId == actor.MunicipalityId)
            .Select(o => (Guid?)o.PlanCycleId).FirstOrDefaultAsync(ct);
        if (planId is null)
        {
            return null;
        }

        var data = await LoadAsync(db, actor, planId.Value, ct);
        var card = data?.Objectives.FirstOrDefault(o => o.Id == objectiveId);
        if (data is null || card is null)
        {
            return null;
        }

        var refusal = AccessRules.WhyCannotEditObjective(actor, data.Cycle, card, card.OwnerUnitId is { } u && data.Cycle.IsUnitSubmitted(u));
        var dupCodes = await db.DupCodes.AsNoTracking().Where(d => d.MunicipalityId == actor.MunicipalityId).OrderBy(d => d.Code).ToListAsync(ct);
        return Build(data, card, isNew: false, refusal, dupCodes);
    }

    /// <summary>The editor of a new operational objective of a unit; null when the plan or unit does not exist for the actor.</summary>
    public async Task<ObjectiveEditorData?> ForNewAsync(Actor actor, Guid planId, Guid unitId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var data = await LoadAsync(db, actor, planId, ct);
        var unit = data?.Units.FirstOrDefault(u => u.Id == unitId);
        if (data is null || unit is null)
        {
            return null;
        }

        var numbers = data.Objectives.Where(o => o.OwnerUnitId == unitId && o.Level == ObjectiveLevel.Operational).Select(o => o.Number).ToList();
        var card = new Objective(data.Cycle, ObjectiveLevel.Operational, ObjectiveKind.Unit, numbers.Count == 0 ? 1 : numbers.Max() + 1, "Nuovo obiettivo", unit);
        var refusal = AccessRules.WhyCannotEditObjective(actor, data.Cycle, card, data.Cycle.IsUnitSubmitted(unitId));
        var dupCodes = await db.DupCodes.AsNoTracking().Where(d => d.MunicipalityId == actor.MunicipalityId).OrderBy(d => d.Code).ToListAsync(ct);
        return Build(data with { Objectives = [.. data.Objectives, card] }, card, isNew: true, refusal, dupCodes);
    }

    /// <summary>Whether the actor may change the card now (for the "Modifica" link; the service asks again on save).</summary>
    public async Task<bool> CanEditCardAsync(Actor actor, Guid objectiveId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var card = await db.Objectives.AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectiveId && o.MunicipalityId == actor.MunicipalityId, ct);
        var plan = card is null ? null : await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == card.PlanCycleId, ct);
        return card is not null && plan is not null
            && AccessRules.CanEditObjective(actor, plan, card, card.OwnerUnitId is { } u && plan.IsUnitSubmitted(u));
    }

    /// <summary>
    /// The units of the plan where the actor may add an objective now (for the "Nuovo obiettivo" links): the rule for
    /// changing a card of the unit, asked of a card not yet saved.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> UnitsOpenToNewCardsAsync(Actor actor, Guid planId, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId && c.MunicipalityId == actor.MunicipalityId, ct);
        if (plan is null || plan.State != PlanState.Bozza)
        {
            return new HashSet<Guid>();
        }

        var unitIds = actor.Has(AppRole.Segretario) ? null : actor.Units.Select(u => u.OrgUnitId).ToList();
        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => u.MunicipalityId == actor.MunicipalityId && (unitIds == null || unitIds.Contains(u.Id)))
            .ToListAsync(ct);
        return units
            .Where(u => AccessRules.CanEditObjective(actor, plan, new Objective(plan, ObjectiveLevel.Operational, ObjectiveKind.Unit, 1, "Nuovo obiettivo", u), plan.IsUnitSubmitted(u.Id)))
            .Select(u => u.Id)
            .ToHashSet();
    }

    private static async Task<PlanData?> LoadAsync(PiaoDbContext db, Actor actor, Guid planId, CancellationToken ct)
    {
        var cycle = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == planId, ct);
        return cycle is null || !AccessRules.CanReadPlan(actor, cycle) ? null : await PlanData.LoadAsync(db, cycle, ct);
    }

    private static ObjectiveEditorData Build(PlanData data, Objective card, bool isNew, string? refusal, IReadOnlyList<DupCode> dupCodes)
    {
        var unit = data.Units.FirstOrDefault(u => u.Id == card.OwnerUnitId);
        return new ObjectiveEditorData(
            data.Cycle.Id,
            card.OwnerUnitId,
            unit?.Name,
            isNew ? null : card.Id,
            card.Number,
            card.Level,
            isNew ? 0u : data.ObjectiveVersions.GetValueOrDefault(card.Id),
            data.Cycle.Years,
            card,
            refusal,
            data.MandateLines.Select(l => new LookupOption(l.Id, $"{l.Code} {l.Name}")).ToList(),
            dupCodes.Select(d => new LookupOption(d.Id, d.Description is null ? d.Code : $"{d.Code} – {d.Description}")).ToList(),
            dupCodes.FirstOrDefault(d => d.Code == card.DupCode)?.Id,
            new WeightPreview(data.Units, data.Managers, data.Objectives, data.Municipality.Settings, card))
        {
            Parents = card.Level == ObjectiveLevel.Strategic ? [] : ParentOptions(data, card),
            BudgetProgrammes = data.BudgetProgrammes
                .OrderBy(b => b.Mission, StringComparer.Ordinal).ThenBy(b => b.Programme, StringComparer.Ordinal)
                .Select(b => new BudgetProgrammeOption(b.Id, b.Mission, b.Programme, b.MissionName, b.ProgrammeName))
                .ToList(),
            StaffChoices = StaffOptions(data, card),
            Units = data.Units.Select(u => new LookupOption(u.Id, u.Name)).ToList(),
        };
    }

    // Every strategic objective of the plan, with the shares its other operational objectives already hold.
    private static List<ParentOption> ParentOptions(PlanData data, Objective card) => data.Objectives
        .Where(o => o.Level == ObjectiveLevel.Strategic)
        .OrderBy(o => o.SortOrder)
        .Select(o => new ParentOption(
            o.Id,
            PlanViewMapper.ParentLabel(o.Code, o.Number, o.Title),
            data.Objectives.Where(c => c.ParentObjectiveId == o.Id && c.Id != card.Id).OrderBy(c => c.SortOrder)
                .Select(c => new SiblingShare(c.Id, $"{c.Number}) {c.Title}", c.ShareOfParentPct)).ToList()))
        .ToList();

    private static List<LookupOption> StaffOptions(PlanData data, Objective card)
    {
        var allowed = StaffChoices.For(data.Staff, card, data.Cycle);
        var people = data.People.Where(p => allowed.Contains(p.Id)).ToDictionary(p => p.Id);
        var profiles = data.Staff.Where(s => allowed.Contains(s.PersonId) && (card.OwnerUnitId is null || s.OrgUnitId == card.OwnerUnitId))
            .GroupBy(s => s.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.From).First().ProfileTitle);
        return people.Values
            .OrderBy(p => p.FamilyName, StringComparer.Ordinal).ThenBy(p => p.GivenName, StringComparer.Ordinal)
            .Select(p => new LookupOption(p.Id, profiles.TryGetValue(p.Id, out var profile) ? $"{p.DisplayName} ({profile})" : p.DisplayName))
            .ToList();
    }
}

/// <summary>An entry of a lookup (mandate line, DUP code) for a select.</summary>
public sealed record LookupOption(Guid Id, string Label);

/// <summary>A (Missione, Programma) pair of the ente's lookup; codes already two digits.</summary>
public sealed record BudgetProgrammeOption(Guid Id, string Mission, string Programme, string? MissionName, string? ProgrammeName);

/// <summary>A strategic objective the card may be placed under, with the shares its other operational objectives hold.</summary>
public sealed record ParentOption(Guid Id, string Label, IReadOnlyList<SiblingShare> Siblings)
{
    /// <summary>The shares of the other operational objectives, to total with the one being typed.</summary>
    public ParentShares Shares => new(Siblings.Select(s => s.ShareOfParentPct).ToList());
}

/// <summary>Another operational objective of the same strategic objective and its share.</summary>
public sealed record SiblingShare(Guid Id, string Label, decimal? ShareOfParentPct);

/// <summary>The editor's starting point. <see cref="Card"/> is a detached copy: the editor reads it, never saves it.</summary>
public sealed record ObjectiveEditorData(
    Guid PlanId,
    Guid? UnitId,
    string? UnitName,
    Guid? ObjectiveId,
    int Number,
    ObjectiveLevel Level,
    uint Version,
    IReadOnlyList<int> Years,
    Objective Card,
    string? WhyCannotEdit,
    IReadOnlyList<LookupOption> MandateLines,
    IReadOnlyList<LookupOption> DupCodes,
    Guid? DupCodeId,
    WeightPreview Weights)
{
    public bool CanEdit => WhyCannotEdit is null;

    /// <summary>The plan's strategic objectives (none for a strategic card).</summary>
    public IReadOnlyList<ParentOption> Parents { get; init; } = [];

    public IReadOnlyList<BudgetProgrammeOption> BudgetProgrammes { get; init; } = [];

    /// <summary>Who may be named as "Personale coinvolto" (see <see cref="StaffChoices"/>).</summary>
    public IReadOnlyList<LookupOption> StaffChoices { get; init; } = [];

    /// <summary>The ente's units, for the contributions of a shared objective.</summary>
    public IReadOnlyList<LookupOption> Units { get; init; } = [];

    /// <summary>
    /// Whether the card shows the contributing units and the pesatura: S4 uses them on objectives shared across CdR and on
    /// organisational-performance objectives; any card that already has them shows them too, so nothing is hidden.
    /// </summary>
    public bool ShowsSharedParts =>
        Card.Kind is ObjectiveKind.Shared or ObjectiveKind.OrganisationalPerformance || Card.Contributions.Count > 0 || Card.WeightingGrid is not null;
}

/// <summary>
/// The weight total of the person evaluated for the card being edited, with the weight typed in the form: it sets the
/// weight on a detached copy of the card and asks <see cref="WeightTotals"/>, so the rule stays in the domain.
/// </summary>
public sealed class WeightPreview(
    IReadOnlyList<OrgUnit> units,
    IReadOnlyList<ManagerAssignment> managers,
    IReadOnlyList<Objective> objectives,
    MunicipalitySettings settings,
    Objective card)
{
    private readonly object _gate = new();

    /// <summary>The total with <paramref name="weight"/> for the card; null when the card is not one of a unit or the weight is out of range.</summary>
    public WeightTotalView? With(decimal? weight)
    {
        lock (_gate)
        {
            try
            {
                card.SetWeight(weight);
            }
            catch (DomainException)
            {
                return null;
            }

            var position = WeightTotals.Compute(units, managers, objectives, settings)
                .FirstOrDefault(p => p.UnitId == card.OwnerUnitId && p.ResponsiblePersonId == card.ResponsiblePersonId);
            return position is null
                ? null
                : new WeightTotalView(position.ResponsiblePersonId, [], position.IsSecretary, position.ObjectiveCount, position.OwnWeight,
                    position.CrossCuttingWeight, position.Total, position.Missing, position.Mode, position.IsComplete);
        }
    }
}
