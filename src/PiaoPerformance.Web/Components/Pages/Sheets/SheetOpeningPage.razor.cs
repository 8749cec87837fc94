using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>
/// The Segretario opens the year's sheets: every person with an assignment in the year, the proposed evaluator and
/// the sheets already open (<see cref="EvaluationSheetService.PreviewYearAsync"/>); the selected people's missing
/// drafts open in one transaction, and the list is read again so the counts change without a reload.
/// </summary>
public sealed partial class SheetOpeningPage
{
    private YearOpeningView? _view;
    private readonly HashSet<Guid> _selected = [];
    private readonly HashSet<Guid> _joint = [];
    private List<string> _skipped = [];
    private string? _planName;
    private int _startYear;
    private int _endYear;
    private bool _loaded;
    private bool _busy;
    private string? _denied;
    private string? _error;
    private string? _done;

    [Parameter] public Guid PlanId { get; set; }

    [SupplyParameterFromQuery(Name = "anno")] public int? Year { get; set; }

    [Inject] private EvaluationSheetService Sheets { get; set; } = default!;

    [Inject] private PlanQueries Plans { get; set; } = default!;

    [Inject] private CurrentActor Current { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string UnitFilter { get; set; } = "";

    protected override async Task OnParametersSetAsync()
    {
        _done = null;
        _skipped = [];
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _error = null;
        try
        {
            var actor = await Current.GetAsync();
            var plan = await Plans.GetPlanAsync(actor, PlanId);
            if (plan is null)
            {
                _view = null;
            }
            else
            {
                (_planName, _startYear, _endYear) = ($"{plan.Ente} – {plan.Cycle}", plan.StartYear, plan.EndYear);
                _view = await Sheets.PreviewYearAsync(actor, PlanId, Year);
                _selected.IntersectWith(_view.People.Where(p => p.CanOpen).Select(p => p.PersonId));
            }
        }
        catch (AccessDeniedException ex)
        {
            _denied = ex.Message;
        }
        catch (NotFoundException)
        {
            _view = null;
        }
        catch (DomainException ex)
        {
            _view = null;
            _error = ex.Message;
        }

        _loaded = true;
    }

    private IEnumerable<(Guid Id, string Name)> Units() =>
        (_view?.People ?? []).SelectMany(p => p.Units).Select(u => (u.UnitId, u.UnitName)).Distinct().OrderBy(u => u.UnitName, StringComparer.CurrentCulture);

    private IEnumerable<YearOpeningRow> Visible() =>
        (_view?.People ?? []).Where(p => UnitFilter.Length == 0 || p.Units.Any(u => u.UnitId.ToString() == UnitFilter));

    private bool AllVisibleSelected => Visible().Where(p => p.CanOpen).ToList() is { Count: > 0 } rows && rows.All(p => _selected.Contains(p.PersonId));

    private void ToggleVisible(ChangeEventArgs e)
    {
        var ids = Visible().Where(p => p.CanOpen).Select(p => p.PersonId).ToList();
        if (e.Value is true)
        {
            _selected.UnionWith(ids);
        }
        else
        {
            _selected.ExceptWith(ids);
        }
    }

    private void Toggle(Guid personId, ChangeEventArgs e)
    {
        if (e.Value is true)
        {
            _selected.Add(personId);
        }
        else
        {
            _selected.Remove(personId);
        }
    }

    private void ChooseTie(Guid personId, ChangeEventArgs e)
    {
        if (e.Value as string == "joint")
        {
            _joint.Add(personId);
        }
        else
        {
            _joint.Remove(personId);
        }
    }

    private void ChangeYear(ChangeEventArgs e)
    {
        if (int.TryParse(e.Value as string, out var year))
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("anno", year));
        }
    }

    // One transaction for all the selected people; the button stays disabled until it ends, so a double click opens once.
    private async Task OpenAsync()
    {
        if (_busy || _view is null)
        {
            return;
        }

        if (_selected.Count == 0)
        {
            _error = SheetOpeningTexts.NoneSelected;
            return;
        }

        _busy = true;
        (_error, _done, _skipped) = (null, null, []);
        try
        {
            var people = _view.People.ToDictionary(p => p.PersonId, p => p.Name);
            var result = await Sheets.OpenYearAsync(await Current.GetAsync(), PlanId, new YearOpeningRequest(_view.Year, _selected.ToList(), JointFor: _joint.ToList()));
            _done = SheetOpeningTexts.Done(result);
            _skipped = result.Skipped.Select(s => $"{people.GetValueOrDefault(s.PersonId, "")}: {s.Reason}").ToList();
            _selected.Clear();
            await LoadAsync();
        }
        catch (Exception ex) when (SheetsTexts.MessageOf(ex) is { } message)
        {
            _error = message;
        }
        finally
        {
            _busy = false;
        }
    }
}
