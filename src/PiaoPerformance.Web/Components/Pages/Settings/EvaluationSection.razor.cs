using System.Linq.Expressions;
using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Web.Components.Ui;

namespace PiaoPerformance.Web.Components.Pages.Settings;

/// <summary>Edits one cycle's <see cref="EvaluationParameters"/>; the Cassino template is the starting point.</summary>
public sealed partial class EvaluationSection
{
    private Guid? _cycleId;
    private EvaluationInput _input = new();
    private FluentValidator<EvaluationInput>? _bridge;

    protected override void OnParametersSet()
    {
        if (_cycleId is null || View.Cycles.All(c => c.Id != _cycleId))
        {
            var cycle = View.Cycles.LastOrDefault();
            _cycleId = cycle?.Id;
            _input = cycle is null ? new() : EvaluationInput.From(cycle.Id, cycle.Evaluation);
        }
    }

    private void ChooseCycle(ChangeEventArgs e)
    {
        if (Guid.TryParse(e.Value?.ToString(), out var id) && View.Cycles.FirstOrDefault(c => c.Id == id) is { } cycle)
        {
            _cycleId = id;
            _input = EvaluationInput.From(id, cycle.Evaluation);
        }
    }

    private void UseCassino()
    {
        if (_cycleId is { } id)
        {
            _input = EvaluationInput.From(id, EvaluationParameters.CassinoDefault);
            Unsaved?.Mark("evaluation");
        }
    }

    private async Task SaveParametersAsync()
    {
        var input = _input;
        var current = View.Cycles.First(c => c.Id == input.CycleId).Evaluation;
        if (await SaveAsync("evaluation", _bridge, () => Service.ChangeEvaluationAsync(Actor, input.CycleId!.Value, input.ToParameters(current))))
        {
            // Show the values as the database now holds them.
            _input = EvaluationInput.From(input.CycleId!.Value, View.Cycles.First(c => c.Id == input.CycleId).Evaluation);
        }
    }

    private IEnumerable<(string Key, string Label, SharesInput Shares)> Roles() =>
    [
        (nameof(EvaluationInput.Segretario), "Segretario", _input.Segretario),
        (nameof(EvaluationInput.Dirigente), "Dirigenti", _input.Dirigente),
        (nameof(EvaluationInput.Eq), "Elevate qualificazioni", _input.Eq),
        (nameof(EvaluationInput.Dipendente), "Dipendenti", _input.Dipendente),
    ];

    private IEnumerable<(string Key, string Label, CutsInput Cuts)> Sanctions() =>
    [
        (nameof(EvaluationInput.WrittenReprimand), "Rimprovero scritto", _input.WrittenReprimand),
        (nameof(EvaluationInput.Fine), "Multa", _input.Fine),
        (nameof(EvaluationInput.Suspension), "Sospensione", _input.Suspension),
    ];

    private Expression<Func<SharesInput>> RoleField(string key) => key switch
    {
        nameof(EvaluationInput.Segretario) => () => _input.Segretario,
        nameof(EvaluationInput.Dirigente) => () => _input.Dirigente,
        nameof(EvaluationInput.Eq) => () => _input.Eq,
        _ => () => _input.Dipendente,
    };

    private Expression<Func<CutsInput>> SanctionField(string key) => key switch
    {
        nameof(EvaluationInput.WrittenReprimand) => () => _input.WrittenReprimand,
        nameof(EvaluationInput.Fine) => () => _input.Fine,
        _ => () => _input.Suspension,
    };
}
