using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.DataProtection;

/// <summary>
/// Keeps the data protection key ring in PostgreSQL (table <c>DataProtectionKeys</c>), so sign-in cookies survive a
/// restart and every instance on the same database reads them. The framework's EF Core store does not restore here
/// (DEPENDENCIES.md): this is its few lines. The framework calls it rarely (start-up, key rotation), synchronously.
/// </summary>
public sealed class DatabaseXmlRepository(IDbContextFactory<PiaoDbContext> contextFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contextFactory.CreateDbContext();
        return db.Set<DataProtectionKey>().AsNoTracking().OrderBy(k => k.Id)
            .Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contextFactory.CreateDbContext();
        db.Set<DataProtectionKey>().Add(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        db.SaveChanges();
    }
}
