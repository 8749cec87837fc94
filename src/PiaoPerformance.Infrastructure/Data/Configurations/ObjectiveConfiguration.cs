using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

/// <summary>
/// The objective aggregate: its parts are owned entities in tables of their own, each carrying the ente's id.
/// The parts are configured in the files named after them.
/// </summary>
internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasOne<PlanCycle>().WithMany().HasForeignKey(x => x.PlanCycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Objective>().WithMany().HasForeignKey(x => x.ParentObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(x => x.ResponsiblePersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.PlanCycleId, x.OwnerUnitId, x.SortOrder });

        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.Theme).HasMaxLength(300);
        builder.Property(x => x.Title).HasMaxLength(2000);
        builder.Property(x => x.DupCode).HasMaxLength(40);
        builder.Property(x => x.EndText).HasMaxLength(300);
        builder.Property(x => x.Weight).HasPrecision(7, 4);
        builder.Property(x => x.ShareOfParentPct).HasPrecision(7, 4);

        builder.OwnsOne(x => x.AchievementRule, AchievementRuleConfiguration.Configure);
        builder.OwnsOne(x => x.WeightingGrid, grid =>
        {
            grid.ToTable("ObjectiveWeightingGrids");
            grid.HasShadowTenant();
        });
        builder.OwnsMany(x => x.MandateLines, ObjectiveMandateLineConfiguration.Configure);
        builder.OwnsMany(x => x.BudgetLinks, ObjectiveBudgetLinkConfiguration.Configure);
        builder.OwnsMany(x => x.Indicators, IndicatorConfiguration.Configure);
        builder.OwnsMany(x => x.YearTargets, YearTargetConfiguration.Configure);
        builder.OwnsMany(x => x.Phases, PhaseConfiguration.Configure);
        builder.OwnsMany(x => x.Staff, ObjectiveStaffConfiguration.Configure);
        builder.OwnsMany(x => x.Contributions, ObjectiveContributionConfiguration.Configure);
        foreach (var navigation in builder.Metadata.GetNavigations())
        {
            // The domain exposes sorted copies; EF reads and writes the backing lists.
            navigation.SetPropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.HasRowVersion();
    }
}
