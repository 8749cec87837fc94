using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

/// <summary>
/// The sheet aggregate: its parts (evaluators, objectives, scores, partial evaluations, versions) are owned entities
/// in tables of their own, each carrying the ente's id, and share the sheet's row version.
/// </summary>
internal sealed class EvaluationSheetConfiguration : IEntityTypeConfiguration<EvaluationSheet>
{
    public void Configure(EntityTypeBuilder<EvaluationSheet> builder)
    {
        builder.ToTable("EvaluationSheets");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasOne<PlanCycle>().WithMany().HasForeignKey(x => x.PlanCycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(x => x.ValidatedByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.PersonId, x.Year, x.Role, x.OrgUnitId }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(x => new { x.PlanCycleId, x.Year });
        builder.Property(x => x.EntePerformance).HasPrecision(9, 4);
        builder.Property(x => x.PartTimePct).HasPrecision(7, 4);
        builder.Property(x => x.MaximumPay).HasPrecision(18, 4);
        builder.Property(x => x.Observations).HasMaxLength(4000);
        builder.Property(x => x.ReviewNote).HasMaxLength(4000);
        builder.Property(x => x.ContestNote).HasMaxLength(4000);
        foreach (var computed in new[]
                 {
                     nameof(EvaluationSheet.Current), nameof(EvaluationSheet.Final), nameof(EvaluationSheet.Deadline), nameof(EvaluationSheet.ScoreList),
                     nameof(EvaluationSheet.IsJoint), nameof(EvaluationSheet.EvaluatorPersonIds), nameof(EvaluationSheet.ProposerPersonIds),
                 })
        {
            builder.Ignore(computed);
        }

        builder.OwnsMany(x => x.Evaluators, evaluator =>
        {
            evaluator.ToTable("EvaluationSheetEvaluators");
            evaluator.WithOwner().HasForeignKey("EvaluationSheetId");
            evaluator.HasKey("EvaluationSheetId", nameof(SheetEvaluator.PersonId));
            evaluator.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            evaluator.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            evaluator.HasIndex(x => x.MunicipalityId);
            evaluator.HasIndex(x => x.PersonId);
        });
        builder.OwnsMany(x => x.Objectives, objective =>
        {
            objective.ToTable("EvaluationSheetObjectives");
            objective.WithOwner().HasForeignKey("EvaluationSheetId");
            objective.HasKey("EvaluationSheetId", nameof(SheetObjective.ObjectiveId));
            objective.HasOne<Objective>().WithMany().HasForeignKey(x => x.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
            objective.Property(x => x.Code).HasMaxLength(40);
            objective.Property(x => x.Weight).HasPrecision(7, 4);
            objective.Property(x => x.AgreedPct).HasPrecision(9, 4);
            objective.HasIndex(x => x.MunicipalityId);
        });
        builder.OwnsMany(x => x.Scores, score =>
        {
            score.ToTable("EvaluationSheetScores");
            score.WithOwner().HasForeignKey("EvaluationSheetId");
            score.HasKey("EvaluationSheetId", nameof(SheetScore.ItemIndex));
            score.Property(x => x.ItemIndex).ValueGeneratedNever();
            score.Property(x => x.Code).HasMaxLength(20);
            score.Property(x => x.Note).HasMaxLength(2000);
            score.HasIndex(x => x.MunicipalityId);
        });
        builder.OwnsMany(x => x.PartialEvaluations, partial =>
        {
            partial.ToTable("EvaluationSheetPartials");
            partial.WithOwner().HasForeignKey("EvaluationSheetId");
            partial.HasKey("EvaluationSheetId", nameof(PartialEvaluation.Number));
            partial.Property(x => x.Number).ValueGeneratedNever();
            partial.HasOne<Person>().WithMany().HasForeignKey(x => x.EvaluatorPersonId).OnDelete(DeleteBehavior.Restrict);
            partial.Property(x => x.Scores).HasMaxLength(200);
            partial.Property(x => x.Note).HasMaxLength(2000);
            partial.Ignore(x => x.ScoreList);
            partial.Ignore(x => x.Days);
            partial.HasIndex(x => x.MunicipalityId);
        });
        builder.OwnsMany(x => x.EvaluatorChanges, change =>
        {
            change.ToTable("EvaluationSheetEvaluatorChanges");
            change.WithOwner().HasForeignKey("EvaluationSheetId");
            change.HasKey("EvaluationSheetId", nameof(EvaluatorChange.Number));
            change.Property(x => x.Number).ValueGeneratedNever();
            change.HasOne<Person>().WithMany().HasForeignKey(x => x.FormerPersonId).OnDelete(DeleteBehavior.Restrict);
            change.HasOne<Person>().WithMany().HasForeignKey(x => x.ReplacementPersonId).OnDelete(DeleteBehavior.Restrict);
            change.Property(x => x.Note).HasMaxLength(2000);
            change.Ignore(x => x.ReplacementFrom);
            change.HasIndex(x => x.MunicipalityId);
        });
        builder.OwnsMany(x => x.Versions, SheetVersionConfiguration.Configure);
        builder.Navigation(x => x.Evaluators).HasField("_evaluators");
        builder.Navigation(x => x.Objectives).HasField("_objectives");
        builder.Navigation(x => x.Scores).HasField("_scores");
        builder.Navigation(x => x.PartialEvaluations).HasField("_partials");
        builder.Navigation(x => x.Versions).HasField("_versions");
        builder.Navigation(x => x.EvaluatorChanges).HasField("_evaluatorChanges");
        foreach (var navigation in builder.Metadata.GetNavigations())
        {
            // The domain exposes sorted copies; EF reads and writes the backing lists.
            navigation.SetPropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.HasRowVersion();
    }
}
