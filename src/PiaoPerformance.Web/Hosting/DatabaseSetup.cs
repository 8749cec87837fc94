using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Seed;

namespace PiaoPerformance.Web.Hosting;

internal static class DatabaseSetup
{
    /// <summary>Applies the committed migrations (ADR-004) and, when <c>Piao:SeedDemo</c> is true, seeds the demo comune.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        if (app.Configuration.GetValue<bool>("Piao:SeedDemo"))
        {
            await app.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        }
    }
}
