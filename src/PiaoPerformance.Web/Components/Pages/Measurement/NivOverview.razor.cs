using Microsoft.AspNetCore.Components;
using PiaoPerformance.Infrastructure.Dashboard;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Measurement;

/// <summary>
/// The NIV's entry page: per unit of the plan how many objectives are reported, measured, signed by every member in
/// office and agreed for the year, and what is left, each unit linking to its workspace.
/// </summary>
public sealed partial class NivOverview
{
    private PlanView? _plan;
    private MeasureProgressView? _progress;
    private AchievementChartData? _achievement;
    private List<OverviewLine> _lines = [];
    private bool _loaded;

    [Inject] private PlanQueries Plans { get; set; } = default!;
    [Inject] private MeasurementQueries Queries { get; set; } = default!;
    [Inject] private DashboardQueries Dashboard { get; set; } = default!;
    [Inject] private CurrentActor Current { get; set; } = default!;

    [Parameter] public Guid PlanId { get; set; }

    [SupplyParameterFromQuery(Name = "anno")] public int? Year { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var actor = await Current.GetAsync();
        _plan = await Plans.GetPlanAsync(actor, PlanId);
        _progress = _plan is null ? null : await Queries.GetProgressAsync(actor, PlanId, Year);
        _lines = _plan is null || _progress is null ? [] : Lines(_plan, _progress);
        _achievement = _progress is null ? null : await Dashboard.AchievementAsync(actor, PlanId, _progress.Year);
        _loaded = true;
    }

    private static List<OverviewLine> Lines(PlanView plan, MeasureProgressView progress)
    {
        var lines = plan.Units.Select(u => OverviewLine.Of(u.Id, u.Name, progress.Rows.Where(r => r.UnitId == u.Id).ToList(), progress.BoardSize)).ToList();
        var crossCutting = progress.Rows.Where(r => r.UnitId is null).ToList();
        if (crossCutting.Count > 0)
        {
            lines.Add(OverviewLine.Of(null, "Obiettivi trasversali (misurati nelle unità)", crossCutting, progress.BoardSize));
        }

        return lines;
    }

    private sealed record OverviewLine(Guid? UnitId, string Name, int Objectives, int Reported, int Measured, int Signed, int Agreed, string Left)
    {
        public static OverviewLine Of(Guid? unitId, string name, IReadOnlyList<MeasureProgressRow> rows, int boardSize)
        {
            var reported = rows.Count(r => r.ReportSubmitted);
            var measured = rows.Count(r => r.Measured);
            var signed = rows.Count(r => r.IsFinal || (boardSize > 0 && r.CurrentSignOffs >= boardSize));
            var agreed = rows.Count(r => r.IsFinal);
            var left = rows.Count == 0 ? "—"
                : agreed == rows.Count ? "Completata"
                : string.Join("; ", new[]
                {
                    rows.Count - reported > 0 ? $"{rows.Count - reported} da rendicontare" : null,
                    rows.Count - measured > 0 ? $"{rows.Count - measured} da misurare" : null,
                    rows.Count - signed > 0 ? $"{rows.Count - signed} da sottoscrivere" : null,
                    rows.Count - agreed > 0 ? $"{rows.Count - agreed} da concordare" : null,
                }.OfType<string>());
            return new OverviewLine(unitId, name, rows.Count, reported, measured, signed, agreed, left);
        }
    }
}
