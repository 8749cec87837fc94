using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Sheets;

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

    public DbSet<EvaluationSheet> EvaluationSheets => Set<EvaluationSheet>();

    public DbSet<PerformanceFund> PerformanceFunds => Set<PerformanceFund>();

    /// <summary>AuditEntries: read-only for the app; the database refuses UPDATE, DELETE and TRUNCATE.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// Who the audit rows of this context's saves name; null writes them as the system ("sistema"): the demo seed, a
    /// sign-in. Set it once after creating the context, before <see cref="SaveChangesAsync(bool, CancellationToken)"/>.
    /// </summary>
    public Actor? AuditActor { get; set; }

    /// <summary>The reason the audit rows of this context's saves carry (a variation's motive); null when none is asked.</summary>
    public string? AuditReason { get; set; }

    /// <summary>Sets <see cref="AuditActor"/> and <see cref="AuditReason"/> in one call; returns the context.</summary>
    public PiaoDbContext AuditAs(Actor? actor, string? reason = null)
    {
        AuditActor = actor;
        AuditReason = reason;
        return this;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Stamps the ente on owned parts, writes one audit row per aggregate root changed, checks-and-locks the row versions
    /// of modified roots, then saves: the audit rows are part of the same save, so they commit or roll back with it.
    /// Returns the number of the caller's rows written (audit rows not counted).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TenantStamping.StampOwnedParts(ChangeTracker);
        var roots = RowVersionCheck.ModifiedRoots(ChangeTracker);
        var audit = AuditTrail.Record(this, Snapshot(AuditActor), AuditReason);
        try
        {
            return await SaveCheckedAsync(roots, acceptAllChangesOnSuccess, cancellationToken) - audit.Count;
        }
        finally
        {
            AuditTrail.Forget(this, audit);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PiaoDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(9, 4);
    }

    private async Task<int> SaveCheckedAsync(IReadOnlyList<EntityEntry> roots, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
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

    private static AuditActorSnapshot? Snapshot(Actor? actor) =>
        actor is null ? null : new AuditActorSnapshot(actor.AccountId, actor.Username, actor.PersonId, actor.DisplayName);
}
