using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Measurement;

/// <summary>
/// The NIV's workspace for one unit and year (issue 7 item 2): the reweighting of each position of the unit (original vs
/// effective weights and the weighted result, from <see cref="MeasurementQueries.GetWeightsAsync"/>) and, for every
/// objective that weighs in it, the measure with its proposal, choices, events and sign-offs (<see cref="MeasureCard"/>).
/// Everyone of the ente reads it; only NIV members change it (the cards offer the forms when the service would accept).
/// </summary>
public sealed partial class NivWorkspace
{
    private PlanView? _plan;
    private UnitView? _unit;
    private int _year;
    private bool _loaded;
    private List<(string Label, WeightsView Weights)> _positions = [];
    private List<MeasurementView> _measures = [];
    private Dictionary<Guid, string> _codes = [];

    [Inject] private PlanQueries Plans { get; set; } = default!;
    [Inject] private MeasurementQueries Queries { get; set; } = default!;
    [Inject] private CurrentActor Current { get; set; } = default!;

    [Parameter] public Guid PlanId { get; set; }

    [SupplyParameterFromQuery(Name = "unita")] public Guid? UnitId { get; set; }

    [SupplyParameterFromQuery(Name = "anno")] public int? Year { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var actor = await Current.GetAsync();
        _plan = await Plans.GetPlanAsync(actor, PlanId);
        _unit = _plan?.Units.FirstOrDefault(u => u.Id == UnitId);
        _year = _plan is null ? 0 : Year ?? _plan.StartYear;
        await ReloadAsync();
        _loaded = true;
    }

    private string WorkspaceUrl(Guid unitId, int year) => $"/piani/{PlanId}/niv?unita={unitId}&anno={year}";

    private async Task ReloadAsync()
    {
        if (_plan is null || _unit is null)
        {
            return;
        }

        var actor = await Current.GetAsync();
        var positions = new List<(string Label, WeightsView Weights)>();
        var unitPositions = Positions(_unit);
        foreach (var (personId, label) in unitPositions)
        {
            // A position with nothing to weigh is shown only when it is the unit's only one (the table then says so).
            if (await Queries.GetWeightsAsync(actor, PlanId, _unit.Id, _year, personId) is { } weights && (!weights.NothingToWeigh || unitPositions.Count == 1))
            {
                positions.Add((label, weights));
            }
        }

        var rows = positions.SelectMany(p => p.Weights.Rows).DistinctBy(r => r.ObjectiveId).ToList();
        var measures = new List<MeasurementView>();
        foreach (var row in rows)
        {
            if (await Queries.GetMeasurementAsync(actor, row.ObjectiveId, _year) is { } measure)
            {
                measures.Add(measure);
            }
        }

        _positions = positions;
        _measures = measures;
        _codes = rows.ToDictionary(r => r.ObjectiveId, r => r.Code);
    }

    /// <summary>The unit's positions: each named responsible of its own cards, or the unit's head for cards naming none.</summary>
    private static List<(Guid? PersonId, string Label)> Positions(UnitView unit)
    {
        var own = Flatten(unit.Objectives).Where(o => o.Kind == ObjectiveKind.Unit && o.Level != ObjectiveLevel.Strategic && o.Status != ObjectiveStatus.Cancelled).ToList();
        var head = unit.Managers.FirstOrDefault()?.Name ?? "responsabile dell'unità";
        var positions = own.Select(o => (o.ResponsiblePersonId, Label: o.ResponsiblePerson ?? head)).DistinctBy(p => p.ResponsiblePersonId).ToList();
        return positions.Count == 0 ? [(null, head)] : positions;
    }

    private static IEnumerable<ObjectiveView> Flatten(IEnumerable<ObjectiveView> objectives) =>
        objectives.SelectMany(o => Flatten(o.Children).Prepend(o));
}
