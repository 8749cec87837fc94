using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PiaoDbContext>
{
    public PiaoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PiaoDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=piao_design;Username=postgres")
            .Options;
        return new PiaoDbContext(options);
    }
}
