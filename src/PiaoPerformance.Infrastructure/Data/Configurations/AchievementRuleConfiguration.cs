using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal static class AchievementRuleConfiguration
{
    public static void Configure(OwnedNavigationBuilder<Objective, AchievementRule> rule)
    {
        rule.ToTable("ObjectiveAchievementRules");
        rule.HasShadowTenant();
        rule.Property(x => x.MeasureUnit).HasMaxLength(60);
        rule.OwnsMany(x => x.Steps, step =>
        {
            step.ToTable("ObjectiveAchievementSteps");
            step.HasShadowTenant();
            step.Property<int>("Id");
            step.HasKey("Id");
            step.Property(x => x.Label).HasMaxLength(1000);
            step.Property(x => x.AchievementPct).HasPrecision(7, 4);
            step.Property(x => x.LowerBound).HasPrecision(12, 4);
        });
        rule.Navigation(x => x.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
