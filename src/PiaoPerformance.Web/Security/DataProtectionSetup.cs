using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.DataProtection;

namespace PiaoPerformance.Web.Security;

internal static class DataProtectionSetup
{
    public const string ApplicationName = "PiaoPerformance";

    /// <summary>
    /// The key ring that signs and encrypts the sign-in and antiforgery cookies lives in PostgreSQL
    /// (<see cref="DatabaseXmlRepository"/>): a restart, or a second instance on the same database, reads the same keys,
    /// so nobody is signed out. The fixed application name keeps the keys valid whatever directory the app runs from.
    /// </summary>
    public static void AddPiaoDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDbContextFactory<PiaoDbContext>>((options, contexts) => options.XmlRepository = new DatabaseXmlRepository(contexts));
    }
}
