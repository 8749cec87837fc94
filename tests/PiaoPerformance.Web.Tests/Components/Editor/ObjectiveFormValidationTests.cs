using System.Linq.Expressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Web.Components.Pages.Objectives.Editor;
using PiaoPerformance.Web.Components.Ui;

namespace PiaoPerformance.Web.Tests.Components.Editor;

/// <summary>
/// The editor's validation: an EditForm with the FluentValidation bridge shows the Italian messages under each field
/// and does not submit while the form is invalid.
/// </summary>
public sealed class ObjectiveFormValidationTests : BunitContext
{
    [Fact]
    public void AnInvalidFormShowsTheItalianMessagesUnderTheFieldsAndDoesNotSubmit()
    {
        var form = new ObjectiveForm
        {
            Title = "",
            Weight = 120m,
            EndDate = new DateOnly(2024, 12, 31),
            EndText = "31/12 di ogni anno",
            Indicators = [new IndicatorRow { Name = " " }],
            AchievementRule = new RuleForm { Kind = AchievementRuleKind.NumericThreshold, Steps = [new StepRow { Label = "Pieno", AchievementPct = 100m }] },
        };
        var submitted = false;
        var cut = RenderForm(form, () => submitted = true);

        cut.Find("form").Submit();

        submitted.ShouldBeFalse();
        Message(cut, "title").ShouldBe(EditorTexts.Required);
        Message(cut, "weight").ShouldBe(EditorTexts.Percentage);
        Message(cut, "endtext").ShouldBe(EditorTexts.EndOne);
        Message(cut, "indicators").ShouldBe(EditorTexts.IndicatorName);
        Message(cut, "rule").ShouldBe(EditorTexts.StepBound);
    }

    [Fact]
    public void AValidFormSubmitsWithNoMessages()
    {
        var form = new ObjectiveForm
        {
            Title = "Digitalizzazione dello sportello",
            Weight = 20m,
            YearTargets = [new YearRow { Year = 2024, ExpectedPct = 50m }, new YearRow { Year = 2026, NotApplicable = true }],
            Indicators = [new IndicatorRow { Name = "Pratiche online" }],
            AchievementRule = new RuleForm { Kind = AchievementRuleKind.Binary },
        };
        var submitted = false;
        var cut = RenderForm(form, () => submitted = true);

        cut.Find("form").Submit();

        submitted.ShouldBeTrue();
        cut.FindAll(".validation-message").ShouldBeEmpty();
    }

    [Fact]
    public void FixingAFieldRemovesItsMessage()
    {
        var form = new ObjectiveForm { Title = "" };
        var cut = RenderForm(form, () => { });
        cut.Find("form").Submit();
        Message(cut, "title").ShouldBe(EditorTexts.Required);

        cut.Find("#ed-title").Change("Nuovo titolo");

        cut.FindAll("[data-field=title] .validation-message").ShouldBeEmpty();
    }

    private static string Message(IRenderedComponent<EditForm> cut, string field) =>
        cut.Find($"[data-field={field}] .validation-message").TextContent.Trim();

    private IRenderedComponent<EditForm> RenderForm(ObjectiveForm form, Action onValid) =>
        Render<EditForm>(p => p
            .Add(x => x.Model, form)
            .Add(x => x.OnValidSubmit, _ => onValid())
            .Add(x => x.ChildContent, (RenderFragment<EditContext>)(_ => builder =>
            {
                builder.OpenComponent<FluentValidator<ObjectiveForm>>(0);
                builder.AddAttribute(1, nameof(FluentValidator<ObjectiveForm>.Validator), ObjectiveForm.Validator);
                builder.CloseComponent();
                builder.OpenRegion(10); Field(builder, "title", () => form.Title, b =>
                {
                    b.OpenComponent<InputText>(0);
                    b.AddAttribute(1, "id", "ed-title");
                    b.AddAttribute(2, nameof(InputText.Value), form.Title);
                    b.AddAttribute(3, nameof(InputText.ValueChanged), EventCallback.Factory.Create<string?>(this, v => form.Title = v));
                    b.AddAttribute(4, nameof(InputText.ValueExpression), (Expression<Func<string?>>)(() => form.Title));
                    b.CloseComponent();
                });
                builder.CloseRegion();
                builder.OpenRegion(20); Field(builder, "weight", () => form.Weight); builder.CloseRegion();
                builder.OpenRegion(30); Field(builder, "endtext", () => form.EndText); builder.CloseRegion();
                // An indicator's message sits under that row's name.
                var indicator = form.Indicators.FirstOrDefault() ?? new IndicatorRow();
                builder.OpenRegion(40); Field(builder, "indicators", () => indicator.Name); builder.CloseRegion();
                builder.OpenRegion(50); Field(builder, "rule", () => form.AchievementRule); builder.CloseRegion();
            })));

    private static void Field<T>(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder, string name, Expression<Func<T>> @for,
        RenderFragment? input = null)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "data-field", name);
        builder.OpenComponent<FormField<T>>(2);
        builder.AddAttribute(3, nameof(FormField<T>.InputId), $"ed-{name}");
        builder.AddAttribute(4, nameof(FormField<T>.Label), name);
        builder.AddAttribute(5, nameof(FormField<T>.For), @for);
        builder.AddAttribute(6, nameof(FormField<T>.ChildContent), input ?? (_ => { }));
        builder.CloseComponent();
        builder.CloseElement();
    }
}
