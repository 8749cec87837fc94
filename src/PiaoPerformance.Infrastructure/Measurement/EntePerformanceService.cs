using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Lifecycle;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>
/// The ente's overall performance per year, component A of the sheets (SPEC §2.1 [PROP], S3:801): entered by the
/// Giunta operator, validated by the NIV. Same pattern as the other services: access (403), domain rules (400),
/// version (409), audited as the actor. A null year is the first year of the plan's cycle.
/// </summary>
public sealed class EntePerformanceService(IDbContextFactory<PiaoDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The Giunta enters (or corrects, until validated) the figure for <paramref name="year"/>.</summary>
    public Task<uint> EnterAsync(Actor actor, Guid planId, int? year, decimal? value, string? note, uint? version, CancellationToken ct = default) =>
        ChangeAsync(actor, planId, year, version, AccessRules.CanEnterEntePerformance,
            "Solo l'operatore della Giunta inserisce la performance dell'ente.",
            figure => figure.Enter(value, note, actor.PersonId, clock.GetUtcNow()), ct);

    /// <summary>The NIV validates the figure the Giunta entered.</summary>
    public Task<uint> ValidateAsync(Actor actor, Guid planId, int? year, uint? version, CancellationToken ct = default) =>
        ChangeAsync(actor, planId, year, version, AccessRules.CanValidateEntePerformance,
            "Solo il NIV valida la performance dell'ente.",
            figure => figure.Validate(actor.PersonId, clock.GetUtcNow()), ct);

    private async Task<uint> ChangeAsync(Actor actor, Guid planId, int? year, uint? version, Func<Actor, Guid, bool> may, string refusal,
        Action<EntePerformance> change, CancellationToken ct)
    {
        await using var db = (await contextFactory.CreateDbContextAsync(ct)).AuditAs(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var plan = await PlanLock.LoadAsync(db, actor, planId, PlanLock.Mode.Shared, ct);
        if (!may(actor, plan.MunicipalityId))
        {
            throw new AccessDeniedException(refusal);
        }

        var figureYear = year ?? plan.StartYear;
        if (figureYear < plan.StartYear || figureYear > plan.EndYear)
        {
            throw new DomainException($"Anno: il piano copre gli anni dal {plan.StartYear} al {plan.EndYear} (indicato {figureYear}).", "year");
        }

        var figure = await db.EntePerformances().FirstOrDefaultAsync(e => e.PlanCycleId == planId && e.Year == figureYear, ct);
        if (figure is null)
        {
            figure = new EntePerformance(plan.MunicipalityId, plan.Id, figureYear);
            db.EntePerformances().Add(figure);
        }

        change(figure);
        var saved = await MeasurementLoad.SaveAsync(db, figure, version, clock.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        return saved;
    }
}
