using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Pages.Objectives.Editor;
using PiaoPerformance.Web.Components.Ui;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>
/// The editor's new sections as the page composes them: an EditForm with the FluentValidation bridge, the parent
/// picker, the (Missione, Programma) and staff pickers, the contributions rows and the pesatura, re-rendered when a
/// row changes (as the page does).
/// </summary>
public sealed class EditorPartsHost : ComponentBase
{
    [Parameter, EditorRequired] public ObjectiveForm Form { get; set; } = default!;

    [Parameter, EditorRequired] public IReadOnlyList<LookupOption> Units { get; set; } = [];

    [Parameter] public IReadOnlyList<ParentOption> Parents { get; set; } = [];

    [Parameter] public IReadOnlyList<BudgetProgrammeOption> BudgetProgrammes { get; set; } = [];

    [Parameter] public IReadOnlyList<LookupOption> StaffChoices { get; set; } = [];

    /// <summary>Raised when the form is valid on submit.</summary>
    [Parameter] public EventCallback OnValid { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<EditForm>(0);
        builder.AddAttribute(1, nameof(EditForm.Model), Form);
        builder.AddAttribute(2, nameof(EditForm.OnValidSubmit), EventCallback.Factory.Create<EditContext>(this, () => OnValid.InvokeAsync()));
        builder.AddAttribute(3, nameof(EditForm.ChildContent), (RenderFragment<EditContext>)(_ => b =>
        {
            b.OpenComponent<FluentValidator<ObjectiveForm>>(0);
            b.AddAttribute(1, nameof(FluentValidator<ObjectiveForm>.Validator), ObjectiveForm.Validator);
            b.CloseComponent();
            b.OpenComponent<ParentPicker>(20);
            b.AddAttribute(21, nameof(ParentPicker.Form), Form);
            b.AddAttribute(22, nameof(ParentPicker.Level), Domain.Planning.ObjectiveLevel.Operational);
            b.AddAttribute(23, nameof(ParentPicker.Options), Parents);
            b.CloseComponent();
            b.OpenComponent<BudgetProgrammesPicker>(24);
            b.AddAttribute(25, nameof(BudgetProgrammesPicker.Selected), Form.BudgetLinks);
            b.AddAttribute(26, nameof(BudgetProgrammesPicker.Options), BudgetProgrammes);
            b.AddAttribute(27, nameof(BudgetProgrammesPicker.For), (System.Linq.Expressions.Expression<Func<List<Guid>>>)(() => Form.BudgetLinks));
            b.CloseComponent();
            b.OpenComponent<StaffPicker>(28);
            b.AddAttribute(29, nameof(StaffPicker.Selected), Form.Staff);
            b.AddAttribute(30, nameof(StaffPicker.Options), StaffChoices);
            b.AddAttribute(31, nameof(StaffPicker.For), (System.Linq.Expressions.Expression<Func<List<Guid>>>)(() => Form.Staff));
            b.CloseComponent();
            b.OpenComponent<ContributionsEditor>(2);
            b.AddAttribute(3, nameof(ContributionsEditor.Form), Form);
            b.AddAttribute(4, nameof(ContributionsEditor.Units), Units);
            b.AddAttribute(5, nameof(ContributionsEditor.OnChange), EventCallback.Factory.Create(this, StateHasChanged));
            b.CloseComponent();
            b.OpenComponent<WeightingGridEditor>(6);
            b.AddAttribute(7, nameof(WeightingGridEditor.Grid), Form.WeightingGrid);
            b.AddAttribute(8, nameof(WeightingGridEditor.For), (System.Linq.Expressions.Expression<Func<GridForm>>)(() => Form.WeightingGrid));
            b.AddAttribute(9, nameof(WeightingGridEditor.Contributions), Form.Contributions);
            b.AddAttribute(10, nameof(WeightingGridEditor.Units), Units);
            b.AddAttribute(11, nameof(WeightingGridEditor.OnChange), EventCallback.Factory.Create(this, StateHasChanged));
            b.CloseComponent();
        }));
        builder.CloseComponent();
    }
}
