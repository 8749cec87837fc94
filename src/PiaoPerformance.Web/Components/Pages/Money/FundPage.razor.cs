using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Rewards;
using PiaoPerformance.Web.Components.Ui;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Money;

/// <summary>
/// "Fondo e premi": the Segretario records the year's fund through <see cref="PerformanceFundService"/>; the split,
/// its explanation and the individual maxima come from the domain and are read again after the save (no reload).
/// The NIV and the Amministratore read the same page with the form disabled.
/// </summary>
public sealed partial class FundPage
{
    private FundInput? _input;
    private FundPageData? _data;
    private PerformanceFundView? _fund;
    private SharePayList? _shares;
    private FluentValidator<FundInput>? _bridge;
    private IReadOnlyList<int> _years = [];
    private bool _denied;
    private string? _notFound;
    private string? _planLabel;
    private bool _canWrite;
    private bool _busy;
    private string? _error;
    private string? _done;

    [Parameter] public Guid PlanId { get; set; }

    [SupplyParameterFromQuery(Name = "anno")] public int? Year { get; set; }

    [Inject] private PerformanceFundService Funds { get; set; } = default!;

    [Inject] private FundPageQueries Queries { get; set; } = default!;

    [Inject] private PlanQueries Plans { get; set; } = default!;

    [Inject] private CurrentActor Current { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var actor = await Current.GetAsync();
        if (!AccessRules.CanReadFund(actor, actor.MunicipalityId))
        {
            _denied = true;
            return;
        }

        var plan = (await Plans.ListPlansAsync(actor)).FirstOrDefault(p => p.Id == PlanId);
        if (plan is null)
        {
            _notFound = MoneyTexts.PlanNotFound;
            return;
        }

        _planLabel = $"Piano {plan.Cycle} · {plan.Ente}";

        _canWrite = AccessRules.CanManageSheets(actor, plan.MunicipalityId);
        _years = Enumerable.Range(plan.StartYear, plan.EndYear - plan.StartYear + 1).ToList();
        Year ??= plan.StartYear;
        _done = null;
        await LoadAsync(actor);
    }

    private async Task LoadAsync(Actor actor)
    {
        _data = await Queries.GetAsync(actor, Year!.Value);
        _fund = await Funds.GetAsync(actor, Year.Value);
        _shares = await Queries.SharesAsync(actor, PlanId, Year.Value);
        _input = FundInput.From(_data.Units, _fund);
    }

    private async Task SaveAsync()
    {
        if (_busy || _input is null)
        {
            return;
        }

        _busy = true;
        _error = null;
        _done = null;
        try
        {
            var actor = await Current.GetAsync();
            // The version read with the form: a save by someone else in the meantime is refused, what was typed stays.
            _fund = await Funds.SaveAsync(actor, PlanId, Year!.Value, _input.ToEdit(), _fund?.Version);
            _data = await Queries.GetAsync(actor, Year.Value);
            _shares = await Queries.SharesAsync(actor, PlanId, Year.Value);
            _done = MoneyTexts.Saved;
        }
        catch (DomainException ex)
        {
            if (_bridge?.ShowError(ex.Field, ex.Message) != true)
            {
                _error = ex.Message;
            }
        }
        catch (Exception ex) when (ex is AccessDeniedException or NotFoundException or ConcurrencyConflictException)
        {
            _error = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private string UnitName(string id) => _data?.Units.FirstOrDefault(u => u.Id.ToString() == id) is { } u ? $"{u.Code} {u.Name}" : id;

    private void ChangeYear(ChangeEventArgs e) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("anno", int.Parse((string)e.Value!, System.Globalization.CultureInfo.InvariantCulture)));
}
