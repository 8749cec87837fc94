using Microsoft.AspNetCore.Components;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Audit;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Audit;

/// <summary>
/// The audit trail of the ente (issue 5) for the Segretario, the NIV and the Amministratore. The filters live in the
/// address (<c>/registro?oggetto=…&amp;persona=…&amp;dal=2025-03-01&amp;al=…&amp;pagina=2</c>), so a filtered view can be
/// bookmarked and the browser's back button works.
/// </summary>
public sealed partial class AuditLog
{
    private AuditFilterOptions? _options;
    private AuditPage? _page;
    private Actor? _actor;
    private bool _denied;
    private string? _error;

    [Inject] private AuditQueries Audit { get; set; } = default!;

    [Inject] private CurrentActor Current { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "oggetto")] public Guid? EntityId { get; set; }

    [SupplyParameterFromQuery(Name = "persona")] public Guid? PersonId { get; set; }

    [SupplyParameterFromQuery(Name = "dal")] public DateOnly? From { get; set; }

    [SupplyParameterFromQuery(Name = "al")] public DateOnly? To { get; set; }

    [SupplyParameterFromQuery(Name = "pagina")] public int? PageNumber { get; set; }

    private FilterInput Input { get; set; } = new();

    protected override async Task OnParametersSetAsync()
    {
        _actor ??= await Current.GetAsync();
        if (!AccessRules.CanReadAudit(_actor, _actor.MunicipalityId))
        {
            _denied = true;
            return;
        }

        Input = new FilterInput { EntityId = EntityId, PersonId = PersonId, From = From, To = To };
        _error = null;
        try
        {
            _options ??= await Audit.GetFilterOptionsAsync(_actor);
            _page = await Audit.FindAsync(_actor, new AuditFilter(EntityId, PersonId, From, To, PageNumber ?? 1));
        }
        catch (Exception ex) when (ex is DomainException or NotFoundException)
        {
            _page = null;
            _error = ex.Message;
        }
    }

    private void Apply() => Navigation.NavigateTo(Href(Input.EntityId, Input.PersonId, Input.From, Input.To, null));

    private string PageHref(int page) => Href(EntityId, PersonId, From, To, page);

    private string Href(Guid? entity, Guid? person, DateOnly? from, DateOnly? to, int? page) =>
        Navigation.GetUriWithQueryParameters("/registro", new Dictionary<string, object?>
        {
            ["oggetto"] = entity,
            ["persona"] = person,
            ["dal"] = from?.ToString("yyyy-MM-dd"),
            ["al"] = to?.ToString("yyyy-MM-dd"),
            ["pagina"] = page is > 1 ? page : null,
        });

    private static string Count(AuditPage page) => page.TotalRows switch
    {
        0 => "Nessuna modifica registrata con questi filtri.",
        1 => "Una modifica registrata.",
        _ => $"{page.TotalRows} modifiche registrate, dalla più recente.",
    };

    /// <summary>The filters as the form edits them; applied only on "Filtra".</summary>
    private sealed class FilterInput
    {
        public Guid? EntityId { get; set; }

        public Guid? PersonId { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }
    }
}
