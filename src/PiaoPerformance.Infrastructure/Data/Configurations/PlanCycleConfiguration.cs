using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
        builder.HasRowVersion();
    }
}
