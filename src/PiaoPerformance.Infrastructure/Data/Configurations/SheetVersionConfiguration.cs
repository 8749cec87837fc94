using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Sheets;

namespace PiaoPerformance.Infrastructure.Data.Configurations;

/// <summary>
/// A frozen version of a sheet (ADR-018). Scores are unrounded (SPEC §3.2: store values unrounded), so the figures
/// get more decimals than the default precision: 87,51875 must read back as 87,51875.
/// </summary>
internal static class SheetVersionConfiguration
{
    public static void Configure(OwnedNavigationBuilder<EvaluationSheet, SheetVersion> version)
    {
        version.ToTable("EvaluationSheetVersions");
        version.WithOwner().HasForeignKey("EvaluationSheetId");
        version.HasKey("EvaluationSheetId", nameof(SheetVersion.Number));
        version.Property(x => x.Number).ValueGeneratedNever();
        version.HasOne<Person>().WithMany().HasForeignKey(x => x.ByPersonId).OnDelete(DeleteBehavior.Restrict);
        version.Property(x => x.Scores).HasMaxLength(200);
        version.Property(x => x.BandLabel).HasMaxLength(200);
        version.Property(x => x.NotEvaluableReason).HasMaxLength(1000);
        version.Property(x => x.Note).HasMaxLength(4000);
        foreach (var figure in new[]
                 {
                     nameof(SheetVersion.EntePerformance), nameof(SheetVersion.ObjectivesSum), nameof(SheetVersion.A), nameof(SheetVersion.B),
                     nameof(SheetVersion.C), nameof(SheetVersion.D), nameof(SheetVersion.SanctionCutPct), nameof(SheetVersion.DAfterSanctions),
                     nameof(SheetVersion.BandPayPct), nameof(SheetVersion.ServiceFactor), nameof(SheetVersion.Pay),
                 })
        {
            version.Property(figure).HasPrecision(28, 12);
        }

        version.Ignore(x => x.ScoreList);
        version.Ignore(x => x.ExplanationLines);
        version.HasIndex(x => x.MunicipalityId);
    }
}
