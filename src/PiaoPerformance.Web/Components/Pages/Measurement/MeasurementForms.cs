using FluentValidation;
using PiaoPerformance.Domain.Measurement;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Measurement;

// The forms of the reporting, NIV and ente-performance pages. Property names are the domain's field names, so a rule
// the domain refuses after the save (DomainException.Field, see FieldOf) lands under the same field.

/// <summary>A progress entry.</summary>
public sealed class ProgressForm
{
    public DateOnly? Date { get; set; }

    public string? Text { get; set; }

    public decimal? ProgressPct { get; set; }

    public static readonly IValidator<ProgressForm> Validator = new ProgressFormValidator();
}

/// <summary>One act of the report: number and date (description optional).</summary>
public sealed class ActRow
{
    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    public string? Description { get; set; }
}

/// <summary>The year-end report: Realizzata, the measured value or the milestone, relazione, acts.</summary>
public sealed class ReportForm
{
    public decimal? RealizedPct { get; set; }

    public decimal? MeasuredValue { get; set; }

    public string? ReachedStep { get; set; }

    public string? ReportText { get; set; }

    public List<ActRow> Acts { get; set; } = [];

    public static readonly IValidator<ReportForm> Validator = new ReportFormValidator();

    public static ReportForm From(ReportView view) => new()
    {
        RealizedPct = FormNumbers.Plain(view.RealizedPct),
        MeasuredValue = FormNumbers.Plain(view.MeasuredValue),
        ReachedStep = view.ReachedStep,
        ReportText = view.ReportText,
        Acts = view.Acts.Select(a => new ActRow { Number = a.Number, Date = a.Date, Description = a.Description }).ToList(),
    };

    public ReportInput ToInput() => new(RealizedPct, MeasuredValue, ReachedStep, ReportText,
        Acts.Select(a => new ActReferenceDraft(a.Number, a.Date, a.Description)).ToList());
}

/// <summary>A reopening: why.</summary>
public sealed class ReopenForm
{
    public string? Reason { get; set; }

    public static readonly IValidator<ReopenForm> Validator = new ReopenFormValidator();
}

/// <summary>The NIV's choices on one objective.</summary>
public sealed class MeasureForm
{
    public decimal? OverridePct { get; set; }

    public string? OverrideReason { get; set; }

    public bool ThirdPartyDelay { get; set; }

    public string? ThirdPartyReason { get; set; }

    public string? ThirdPartyEvidence { get; set; }

    public bool Excluded { get; set; }

    public string? ExclusionReason { get; set; }

    public static readonly IValidator<MeasureForm> Validator = new MeasureFormValidator();

    public static MeasureForm From(MeasurementView view) => new()
    {
        OverridePct = FormNumbers.Plain(view.OverridePct),
        OverrideReason = view.OverrideReason,
        ThirdPartyDelay = view.ThirdPartyDelay,
        ThirdPartyReason = view.ThirdPartyReason,
        ThirdPartyEvidence = view.ThirdPartyEvidence,
        Excluded = view.Excluded,
        ExclusionReason = view.ExclusionReason,
    };

    public MeasureInput ToInput() => new(OverridePct, OverrideReason, ThirdPartyDelay, ThirdPartyReason, ThirdPartyEvidence, Excluded, ExclusionReason);
}

/// <summary>A sopravvenienza.</summary>
public sealed class EventForm
{
    public DateOnly? Date { get; set; }

    public string? Description { get; set; }

    public static readonly IValidator<EventForm> Validator = new EventFormValidator();
}

/// <summary>The ente's performance as the Giunta enters it.</summary>
public sealed class EnteForm
{
    public decimal? Value { get; set; }

    public string? Note { get; set; }

    public static readonly IValidator<EnteForm> Validator = new EnteFormValidator();
}

/// <summary>Maps a field the domain names ("date", "reason") to the form's property.</summary>
public static class FormFields
{
    public static string? FieldOf(string? domainField) =>
        string.IsNullOrEmpty(domainField) ? null : char.ToUpperInvariant(domainField[0]) + domainField[1..];
}

internal sealed class ProgressFormValidator : AbstractValidator<ProgressForm>
{
    public ProgressFormValidator()
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Data dell'avanzamento: campo obbligatorio.");
        RuleFor(f => f.Text).NotEmpty().WithMessage("Descrizione dell'avanzamento: campo obbligatorio.");
        RuleFor(f => f.ProgressPct).InclusiveBetween(0m, 100m).WithMessage("Avanzamento: una percentuale tra 0 e 100.");
    }
}

internal sealed class ReportFormValidator : AbstractValidator<ReportForm>
{
    public ReportFormValidator()
    {
        RuleFor(f => f.RealizedPct).InclusiveBetween(0m, 100m).WithMessage("Percentuale realizzata: un valore tra 0 e 100.");
        RuleFor(f => f.Acts).Must(acts => acts.All(a => !string.IsNullOrWhiteSpace(a.Number) && a.Date is not null))
            .WithMessage("Atti: di ogni atto indicare numero e data (o rimuovere la riga).");
    }
}

internal sealed class ReopenFormValidator : AbstractValidator<ReopenForm>
{
    public ReopenFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Motivo della riapertura: campo obbligatorio.");
}

internal sealed class MeasureFormValidator : AbstractValidator<MeasureForm>
{
    public MeasureFormValidator()
    {
        RuleFor(f => f.OverridePct).InclusiveBetween(0m, 100m).WithMessage("Valore attribuito dal NIV: una percentuale tra 0 e 100.");
        RuleFor(f => f.OverrideReason).NotEmpty().When(f => f.OverridePct is not null)
            .WithMessage("Motivazione della modifica del valore: campo obbligatorio quando il NIV attribuisce un valore.");
        RuleFor(f => f.ThirdPartyReason).NotEmpty().When(f => f.ThirdPartyDelay)
            .WithMessage("Motivazione del ritardo di terzi: campo obbligatorio.");
        RuleFor(f => f.ThirdPartyEvidence).NotEmpty().When(f => f.ThirdPartyDelay)
            .WithMessage("Riferimento alla documentazione del ritardo di terzi: campo obbligatorio.");
        RuleFor(f => f.ExclusionReason).NotEmpty().When(f => f.Excluded)
            .WithMessage("Motivazione dell'esclusione: campo obbligatorio.");
    }
}

internal sealed class EventFormValidator : AbstractValidator<EventForm>
{
    public EventFormValidator()
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Data della sopravvenienza: campo obbligatorio.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Descrizione della sopravvenienza: campo obbligatorio.");
    }
}

internal sealed class EnteFormValidator : AbstractValidator<EnteForm>
{
    public EnteFormValidator()
    {
        RuleFor(f => f.Value).NotNull().WithMessage("Performance dell'ente: campo obbligatorio.")
            .InclusiveBetween(0m, 100m).WithMessage("Performance dell'ente: un valore tra 0 e 100.");
    }
}
