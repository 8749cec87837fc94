using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data;

/// <summary>
/// The one database of the product. No repository over it (ADR-005): services use it directly through
/// <see cref="IDbContextFactory{TContext}"/>, one short-lived context per operation.
/// </summary>
public sealed class PiaoDbContext(DbContextOptions<PiaoDbContext> options) : DbContext(options)
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<PlanCycle> PlanCycles => Set<PlanCycle>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<ManagerAssignment> ManagerAssignments => Set<ManagerAssignment>();

    public DbSet<StaffAssignment> StaffAssignments => Set<StaffAssignment>();

    public DbSet<MandateLine> MandateLines => Set<MandateLine>();

    public DbSet<DupCode> DupCodes => Set<DupCode>();

    public DbSet<BudgetProgramme> BudgetProgrammes => Set<BudgetProgramme>();

    public DbSet<Objective> Objectives => Set<Objective>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TenantStamping.StampOwnedParts(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TenantStamping.StampOwnedParts(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PiaoDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(9, 4);
    }
}
