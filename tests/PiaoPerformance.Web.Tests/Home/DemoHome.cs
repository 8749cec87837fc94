using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Home;

/// <summary>What the home pages should show, read straight from the suite's database (not from the page's own queries).</summary>
internal sealed class DemoHome(PiaoAppFixture app)
{
    public async Task<PiaoDbContext> ContextAsync() =>
        await app.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();

    public async Task<Actor> ActorAsync(string username)
    {
        await using var db = await ContextAsync();
        var account = await db.UserAccounts.AsNoTracking().SingleAsync(a => a.Username == username);
        return (await app.Services.GetRequiredService<ActorLoader>().LoadAsync(account.Id)).ShouldNotBeNull();
    }

    /// <summary>The names the units table shows (heading, else name), in the ente's order, of the units given (all when null).</summary>
    public async Task<IReadOnlyList<string>> UnitNamesAsync(Guid ente, IReadOnlyCollection<Guid>? only = null)
    {
        await using var db = await ContextAsync();
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.MunicipalityId == ente).OrderBy(u => u.SortOrder).ToListAsync();
        return units.Where(u => only is null || only.Contains(u.Id)).Select(u => u.Heading ?? u.Name).ToList();
    }
}
