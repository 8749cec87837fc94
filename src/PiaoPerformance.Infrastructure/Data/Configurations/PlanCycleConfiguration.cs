using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Lifecycle;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

internal sealed class PlanCycleConfiguration : IEntityTypeConfiguration<PlanCycle>
{
    public void Configure(EntityTypeBuilder<PlanCycle> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasTenant();
        builder.HasIndex(x => new { x.MunicipalityId, x.StartYear, x.EndYear }).IsUnique();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Annex).HasMaxLength(100);
        builder.Ignore(x => x.Years);
        builder.Property(x => x.Evaluation)
            .HasColumnType("jsonb")
            .HasConversion(EvaluationParametersJson.Converter, EvaluationParametersJson.Comparer);
        builder.OwnsMany(x => x.Notes, note =>
        {
            note.ToTable("PlanNotes");
            note.WithOwner().HasForeignKey("PlanCycleId");
            note.HasKey("PlanCycleId", nameof(PlanNote.Kind), nameof(PlanNote.Order));
            note.Property(x => x.Order).ValueGeneratedNever();
        });
        builder.Navigation(x => x.Notes).HasField("_notes");
        ConfigureLifecycle(builder);
        builder.HasRowVersion();
    }

    /// <summary>Version, approval, per-unit submissions and variazioni: parts of the cycle, so they share its row version.</summary>
    private static void ConfigureLifecycle(EntityTypeBuilder<PlanCycle> builder)
    {
        builder.Ignore(x => x.IsFrozen);
        builder.Ignore(x => x.CurrentVariation);
        builder.ComplexProperty(x => x.Approval, approval =>
        {
            approval.Property(a => a.DeliberationNumber).HasMaxLength(40).HasColumnName("ApprovalDeliberationNumber");
            approval.Property(a => a.DeliberationDate).HasColumnName("ApprovalDeliberationDate");
            approval.Property(a => a.ApprovedAt).HasColumnName("ApprovedAt");
            approval.Property(a => a.ApprovedByPersonId).HasColumnName("ApprovedByPersonId");
        });
        builder.OwnsMany(x => x.Submissions, submission =>
        {
            submission.ToTable("PlanUnitSubmissions");
            submission.WithOwner().HasForeignKey("PlanCycleId");
            submission.HasKey("PlanCycleId", nameof(UnitSubmission.OrgUnitId));
            submission.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            submission.Property(x => x.ReturnReason).HasMaxLength(2000);
            submission.HasIndex(x => x.MunicipalityId);
        });
        builder.Navigation(x => x.Submissions).HasField("_submissions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(x => x.Variations, variation =>
        {
            variation.ToTable("PlanVariations");
            variation.WithOwner().HasForeignKey("PlanCycleId");
            variation.HasKey("PlanCycleId", nameof(PlanVariation.VersionNumber));
            variation.Property(x => x.VersionNumber).ValueGeneratedNever();
            variation.Property(x => x.Reason).HasMaxLength(2000);
            variation.Property(x => x.ActNumber).HasMaxLength(40);
            variation.HasIndex(x => x.MunicipalityId);
        });
        builder.Navigation(x => x.Variations).HasField("_variations").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
