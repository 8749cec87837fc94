using Microsoft.EntityFrameworkCore;
using Npgsql;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Evaluation;

public sealed partial class EvaluationSheetService
{
    /// <summary>
    /// The Segretario opens a draft sheet. Every id must be of the actor's ente (the objectives of the plan) and the
    /// year one of the plan's; the sheet checks the rules of SPEC §3.1. Returns the new sheet.
    /// </summary>
    /// <exception cref="NotFoundException">The plan is not of the actor's ente.</exception>
    /// <exception cref="AccessDeniedException">The actor is not the Segretario.</exception>
    /// <exception cref="DomainException">A person, unit or objective is not of the ente or plan, or a rule of the sheet is broken.</exception>
    public async Task<SheetView> OpenAsync(Actor actor, SheetOpen open, CancellationToken ct = default)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor);
        var plan = await ManagedPlanAsync(db, actor, open.PlanId, open.Year, ct);
        var sheet = await PrepareAsync(db, actor, plan, open, ct);
        db.EvaluationSheets.Add(sheet);
        await SaveOpenedAsync(db, ct);
        return await SheetViewMapper.ViewAsync(db, actor, sheet, Today(), ct);
    }

    /// <summary>The plan of the actor's ente, when the actor may open its sheets and the year is one of the plan's.</summary>
    private static async Task<PlanCycle> ManagedPlanAsync(PiaoDbContext db, Actor actor, Guid planId, int year, CancellationToken ct)
    {
        var plan = await db.PlanCycles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Piano non trovato.");
        if (!AccessRules.CanManageSheets(actor, plan.MunicipalityId))
        {
            throw new AccessDeniedException("Le schede di valutazione sono aperte dal Segretario.");
        }

        if (!plan.Contains(year))
        {
            throw new DomainException($"L'anno {year} non è del piano {plan.StartYear}-{plan.EndYear}.", "year");
        }

        return plan;
    }

    /// <summary>A new draft checked against the ente (people, units, the plan's objectives), not yet added to the context.</summary>
    private static async Task<EvaluationSheet> PrepareAsync(PiaoDbContext db, Actor actor, PlanCycle plan, SheetOpen open, CancellationToken ct)
    {
        var people = open.Evaluators.Select(e => e.PersonId).Append(open.PersonId).Distinct().ToList();
        if (await db.People.CountAsync(p => people.Contains(p.Id) && p.MunicipalityId == actor.MunicipalityId, ct) != people.Count)
        {
            throw new DomainException("Una persona indicata non è dell'ente.", "personId");
        }

        var units = open.Evaluators.Where(e => e.OrgUnitId != null).Select(e => e.OrgUnitId!.Value).Concat(open.OrgUnitId is { } u ? [u] : []).Distinct().ToList();
        var unitCodes = await db.OrgUnits.AsNoTracking().Where(o => units.Contains(o.Id) && o.MunicipalityId == actor.MunicipalityId)
            .ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        if (unitCodes.Count != units.Count)
        {
            throw new DomainException("Un'unità indicata non è dell'ente.", "orgUnitId");
        }

        var objectives = await ObjectivesAsync(db, plan.Id, open, unitCodes, ct);
        return new EvaluationSheet(new SheetOpening
        {
            MunicipalityId = actor.MunicipalityId,
            PlanCycleId = plan.Id,
            PersonId = open.PersonId,
            Year = open.Year,
            Role = open.Role,
            EvaluatorKind = open.EvaluatorKind,
            OrgUnitId = open.OrgUnitId,
            Evaluators = open.Evaluators,
            Objectives = objectives,
        });
    }

    // The unique key (person, year, role, unit) turns a second opening of the same sheet, e.g. a double click, into a
    // clear refusal instead of a duplicate.
    private static async Task SaveOpenedAsync(PiaoDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new DomainException("La scheda di questa persona per l'anno, il ruolo e l'unità è già aperta.", "personId");
        }
    }

    private static async Task<IReadOnlyList<SheetObjectiveDraft>> ObjectivesAsync(PiaoDbContext db, Guid planId, SheetOpen open,
        IReadOnlyDictionary<Guid, string> unitCodes, CancellationToken ct)
    {
        var cards = await db.Objectives.AsNoTracking()
            .Where(o => o.PlanCycleId == planId && ((o.OwnerUnitId == open.OrgUnitId && o.Level == ObjectiveLevel.Operational)
                || (o.Kind == ObjectiveKind.CrossCutting && o.Level == ObjectiveLevel.Strategic)
                || (open.Objectives != null && open.Objectives.Select(c => c.ObjectiveId).Contains(o.Id))))
            .OrderBy(o => o.SortOrder)
            .ToListAsync(ct);
        string Code(Objective o) => o.OwnerUnitId is { } unit && unitCodes.TryGetValue(unit, out var code) ? $"{code}.{o.Number}" : o.Code ?? $"T.{o.Number}";
        if (open.Objectives is null)
        {
            return cards.Select(o => new SheetObjectiveDraft(o.Id, Code(o), o.Weight, o.IsPaymentTimes, o.Staff.Count)).ToList();
        }

        return open.Objectives.Select((choice, i) => cards.FirstOrDefault(o => o.Id == choice.ObjectiveId) is { } card
                ? new SheetObjectiveDraft(card.Id, Code(card), choice.Weight, card.IsPaymentTimes, card.Staff.Count)
                : throw new DomainException($"L'obiettivo n. {i + 1} non è del piano.", $"objectives[{i}].objectiveId"))
            .ToList();
    }
}
