using FluentValidation;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Sheets;

/// <summary>
/// Presence and sanctions as the evaluator enters them (SPEC §4.9-§4.12): the service period, part-time, absences and
/// the disciplinary sanctions. Saved as <see cref="SheetEdit.Service"/> and <see cref="SheetEdit.Sanctions"/>.
/// </summary>
public sealed class SheetInputsForm
{
    public DateOnly? ServiceFrom { get; set; }

    public DateOnly? ServiceTo { get; set; }

    public decimal PartTimePct { get; set; } = 100m;

    public bool VerticalPartTime { get; set; }

    public bool ProtectedAbsence { get; set; }

    public int AbsenceDays { get; set; }

    public int WrittenReprimands { get; set; }

    public int Fines { get; set; }

    public int Suspensions { get; set; }

    public bool Dismissed { get; set; }

    public static readonly IValidator<SheetInputsForm> Validator = new SheetInputsFormValidator();

    public static SheetInputsForm From(SheetInputsView i) => new()
    {
        ServiceFrom = i.ServiceFrom,
        ServiceTo = i.ServiceTo,
        PartTimePct = FormNumbers.Plain(i.PartTimePct),
        VerticalPartTime = i.VerticalPartTime,
        ProtectedAbsence = i.ProtectedAbsence,
        AbsenceDays = i.AbsenceDays,
        WrittenReprimands = i.WrittenReprimands,
        Fines = i.Fines,
        Suspensions = i.Suspensions,
        Dismissed = i.Dismissed,
    };

    public ServiceInput Service => new()
    {
        From = ServiceFrom,
        To = ServiceTo,
        PartTimePct = PartTimePct,
        VerticalPartTime = VerticalPartTime,
        ProtectedAbsence = ProtectedAbsence,
        AbsenceDays = AbsenceDays,
    };

    public SanctionsInput Sanctions => new() { WrittenReprimand = WrittenReprimands, Fine = Fines, Suspension = Suspensions, Dismissal = Dismissed };

    /// <summary>The form property under which a domain refusal's field is shown, or null.</summary>
    public static string? PropertyOf(string? field) => field switch
    {
        "service.from" => nameof(ServiceFrom),
        "service.to" => nameof(ServiceTo),
        "service.partTimePct" => nameof(PartTimePct),
        "service.absenceDays" => nameof(AbsenceDays),
        _ => null,
    };
}

internal sealed class SheetInputsFormValidator : AbstractValidator<SheetInputsForm>
{
    public SheetInputsFormValidator()
    {
        RuleFor(f => f.PartTimePct).Must(p => p > 0m && p <= 100m)
            .WithMessage("La percentuale di part-time è maggiore di 0 e al più 100.");
        RuleFor(f => f.AbsenceDays).GreaterThanOrEqualTo(0).WithMessage("I giorni di assenza non possono essere negativi.");
        RuleFor(f => f.WrittenReprimands).GreaterThanOrEqualTo(0).WithMessage("Il numero non può essere negativo.");
        RuleFor(f => f.Fines).GreaterThanOrEqualTo(0).WithMessage("Il numero non può essere negativo.");
        RuleFor(f => f.Suspensions).GreaterThanOrEqualTo(0).WithMessage("Il numero non può essere negativo.");
        RuleFor(f => f.ServiceTo).GreaterThanOrEqualTo(f => f.ServiceFrom).When(f => f.ServiceFrom is not null && f.ServiceTo is not null)
            .WithMessage("La fine del servizio non può precedere l'inizio.");
    }
}
