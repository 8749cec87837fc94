using PiaoPerformance.Infrastructure.Settings;
using PiaoPerformance.Web.Components.Ui;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Settings;

/// <summary>People and manager posts; staff assignments are <see cref="StaffAssignments"/>.</summary>
public sealed partial class PeopleSection
{
    private PersonInput _person = new();
    private ManagerInput _manager = new();
    private FluentValidator<PersonInput>? _personBridge;
    private FluentValidator<ManagerInput>? _managerBridge;

    private void EditPerson(PersonSettingsView person) => _person = new PersonInput
    {
        PersonId = person.Id, Title = person.Title, GivenName = person.GivenName, FamilyName = person.FamilyName,
    };

    private void CancelPerson()
    {
        _person = new();
        Unsaved?.Clear("person");
    }

    private async Task SavePersonAsync()
    {
        var input = _person;
        if (await SaveAsync("person", _personBridge, () => input.PersonId is { } id
                ? Service.RenamePersonAsync(Actor, id, input.Title, input.GivenName!, input.FamilyName!)
                : Service.CreatePersonAsync(Actor, input.Title, input.GivenName!, input.FamilyName!)))
        {
            _person = new();
        }
    }

    private async Task CreateManagerAsync()
    {
        var input = _manager;
        var services = (input.ScopeServices ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (await SaveAsync("manager", _managerBridge, () => Service.CreateManagerAssignmentAsync(Actor,
                new NewManagerAssignment(input.UnitId!.Value, input.PersonId!.Value, input.Role, input.From!.Value, input.To, input.IsInterim, services))))
        {
            _manager = new();
        }
    }

    private IReadOnlyList<(Guid Id, string Label)> ManagerOptions() => View.Managers
        .Select(m => (m.Id, $"{PersonName(m.PersonId)} – {SettingsTexts.Role(m.Role)} – {UnitName(m.UnitId)} (dal {Fmt.Date(m.From)})"))
        .ToList();

    private Task<bool> EndManagerAsync(EndInput input, FluentValidator<EndInput>? bridge) =>
        SaveAsync("end-manager", bridge, () => Service.EndManagerAssignmentAsync(Actor, input.AssignmentId!.Value, input.To!.Value));
}
