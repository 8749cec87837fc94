using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>A unit's staff on 1 January, counted per classification area (SPEC §4.7, S3:1094).</summary>
public sealed record UnitHeadcount(string Id, IReadOnlyDictionary<ClassificationArea, int> Staff);
