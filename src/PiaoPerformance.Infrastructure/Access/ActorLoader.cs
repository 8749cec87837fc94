using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Access;

/// <summary>Builds the <see cref="Actor"/> of a signed-in account from its person's grants and assignments.</summary>
public sealed class ActorLoader(IDbContextFactory<PiaoDbContext> contextFactory, TimeProvider clock, AccessCache cache)
{
    /// <summary>
    /// The actor for the ente's latest plan cycle (the period in which assignments count); null when the account no
    /// longer exists or is disabled. Every API call needs it: it comes from the <see cref="AccessCache"/>, which a
    /// committed change to accounts, people, grants, assignments or cycles empties (ADR-019).
    /// </summary>
    public Task<Actor?> LoadAsync(Guid accountId, CancellationToken ct = default) =>
        cache.GetOrLoadAsync(AccessCache.Kind.Actor, accountId, token => ReadAsync(accountId, token), ct);

    private async Task<Actor?> ReadAsync(Guid accountId, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var account = await db.UserAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId && !a.IsDisabled, ct);
        if (account is null)
        {
            return null;
        }

        var tenant = account.MunicipalityId;
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == account.PersonId, ct);
        var grants = await db.AccessGrants.AsNoTracking().Where(g => g.MunicipalityId == tenant && g.PersonId == person.Id).ToListAsync(ct);
        var managers = await db.ManagerAssignments.AsNoTracking().Where(m => m.MunicipalityId == tenant && m.PersonId == person.Id).ToListAsync(ct);
        var staff = await db.StaffAssignments.AsNoTracking().Where(s => s.MunicipalityId == tenant && s.PersonId == person.Id).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var cycle = await db.PlanCycles.AsNoTracking().Where(c => c.MunicipalityId == tenant)
            .OrderByDescending(c => c.StartYear).Select(c => new { c.StartYear, c.EndYear }).FirstOrDefaultAsync(ct);
        var from = new DateOnly(cycle?.StartYear ?? today.Year, 1, 1);
        var to = new DateOnly(cycle?.EndYear ?? today.Year, 12, 31);
        return Actor.Create(account, person, grants, managers, staff, today, from, to);
    }
}
