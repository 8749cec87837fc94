using System.Globalization;
using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Money;

/// <summary>
/// The what-if of a sheet (issue 7 point 7): the evaluator or the NIV changes an achievement, an exclusion or a score
/// and the domain's calculator, on a copy of the inputs (<see cref="MoneyService.WhatIfAsync"/>), shows the new D,
/// band and pay with the explanation at once. Nothing is saved.
/// </summary>
public sealed partial class WhatIfPage
{
    private SheetView? _sheet;
    private List<ObjectiveRow> _objectives = [];
    private int[] _scores = [];
    private SheetResult? _stored;
    private SheetResult? _simulated;
    private string? _denied;
    private string? _error;
    private string? _incomplete;
    private string? _notFound;
    private (string Field, string Message)? _fieldError;
    private int _run;

    [Parameter] public Guid SheetId { get; set; }

    [Inject] private EvaluationSheetService Sheets { get; set; } = default!;

    [Inject] private MoneyService Money { get; set; } = default!;

    [Inject] private CurrentActor Current { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _sheet = await Sheets.GetAsync(await Current.GetAsync(), SheetId);
        }
        catch (AccessDeniedException ex)
        {
            _denied = ex.Message;
            return;
        }

        if (_sheet is null)
        {
            _notFound = MoneyTexts.SheetNotFound;
            return;
        }

        _objectives = _sheet.Objectives.Select(o => new ObjectiveRow(o.ObjectiveId, o.Code, o.Title, o.Weight) { Pct = o.AgreedPct, Excluded = o.Excluded }).ToList();
        _scores = _sheet.Items.Select(i => i.Score ?? 0).ToArray();
        await SimulateAsync();
    }

    private Task SetPctAsync(int index, ChangeEventArgs e)
    {
        _objectives[index].Pct = decimal.TryParse(Convert.ToString(e.Value, CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture, out var pct)
            ? pct : null;
        return SimulateAsync();
    }

    private Task SetExcludedAsync(int index, ChangeEventArgs e)
    {
        _objectives[index].Excluded = e.Value is true;
        return SimulateAsync();
    }

    private Task SetScoreAsync(int index, ChangeEventArgs e)
    {
        _scores[index] = int.Parse(Convert.ToString(e.Value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture);
        return SimulateAsync();
    }

    private async Task SimulateAsync()
    {
        // Changes come faster than the simulations answer (a score picked while the previous one is computing): only
        // the newest change's answer is shown, so an older answer arriving late cannot overwrite it.
        var run = ++_run;
        var achievements = _objectives.Select(o => new AgreedAchievement(o.Id, o.Excluded ? null : o.Pct, o.Excluded)).ToList();
        var scores = _scores.ToArray();
        try
        {
            var view = await Money.WhatIfAsync(await Current.GetAsync(), SheetId, achievements, scores);
            if (run != _run)
            {
                return;
            }

            _error = null;
            _incomplete = null;
            _fieldError = null;
            _stored = view?.Stored;
            _simulated = view?.Simulated;
        }
        catch (AccessDeniedException ex)
        {
            _denied = ex.Message;
        }
        catch (DomainException) when (run != _run)
        {
            // An older change's refusal: the newest change's answer decides what the page shows.
        }
        catch (DomainException ex)
        {
            _error = null;
            _incomplete = null;
            _fieldError = null;
            // No figures for an input the engine refuses; the message goes under the field it names, or above the result.
            _simulated = null;
            if (ex.Field is { } field && (field.StartsWith("achievements[", StringComparison.Ordinal) || field.StartsWith("behaviourScores[", StringComparison.Ordinal)))
            {
                _fieldError = (field, ex.Message);
            }
            else if (ex.Field is "entePerformance" or "behaviourScores")
            {
                // Inputs this page does not change (ente performance, scores not yet given): not the user's error.
                _incomplete = MoneyTexts.NotComputable + ex.Message;
            }
            else
            {
                _error = ex.Message;
            }
        }
    }

    private string? Error(string field) => _fieldError is { } e && e.Field == field ? e.Message : null;

    private sealed class ObjectiveRow(Guid id, string code, string title, decimal? weight)
    {
        public Guid Id { get; } = id;

        public string Code { get; } = code;

        public string Title { get; } = title;

        public decimal? Weight { get; } = weight;

        public decimal? Pct { get; set; }

        public bool Excluded { get; set; }
    }
}
