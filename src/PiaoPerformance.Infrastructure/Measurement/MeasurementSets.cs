using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Measurement;

/// <summary>The measurement tables of <see cref="PiaoDbContext"/> (configured in Data/Configurations like the others).</summary>
internal static class MeasurementSets
{
    public static DbSet<ObjectiveReport> ObjectiveReports(this PiaoDbContext db) => db.Set<ObjectiveReport>();

    public static DbSet<EvidenceFile> EvidenceFiles(this PiaoDbContext db) => db.Set<EvidenceFile>();

    public static DbSet<EvidenceBlob> EvidenceBlobs(this PiaoDbContext db) => db.Set<EvidenceBlob>();

    public static DbSet<ObjectiveMeasurement> ObjectiveMeasurements(this PiaoDbContext db) => db.Set<ObjectiveMeasurement>();

    public static DbSet<EntePerformance> EntePerformances(this PiaoDbContext db) => db.Set<EntePerformance>();
}
