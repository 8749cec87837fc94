using PiaoPerformance.Infrastructure.Dashboard;
using PiaoPerformance.Infrastructure.Rewards;

namespace PiaoPerformance.Web.Components.Print;

/// <summary>The Relazione view of a plan's year: the achievement per unit and per strategic objective, with its charts.</summary>
public sealed record RelazioneDocumentModel(string Ente, string Cycle, AchievementChartData Achievement, bool ForPrint);

/// <summary>The premi summary of a year: the premi data, the differentiation per role, money and distribution by band.</summary>
public sealed record PremiDocumentModel(string Ente, string Cycle, PremiReport Report, BandDistributionData Distribution, bool ForPrint);
