using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
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

    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();

    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TenantStamping.StampOwnedParts(ChangeTracker);
        var roots = RowVersionCheck.ModifiedRoots(ChangeTracker);
        if (roots.Count == 0 || Database.CurrentTransaction is not null)
        {
            await RowVersionCheck.VerifyAsync(this, roots, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Check-and-lock the roots, then write, in one transaction: the lock holds off a second writer until commit.
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await RowVersionCheck.VerifyAsync(this, roots, cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
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
