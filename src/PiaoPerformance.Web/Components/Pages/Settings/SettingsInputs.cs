using FluentValidation;
using PiaoPerformance.Domain.Calendar;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Settings;

namespace PiaoPerformance.Web.Components.Pages.Settings;

// The set-up forms' inputs: property names are the domain's field names where the domain names one, so a rule it
// refuses after the save lands under the same field as the validator's messages.

/// <summary>The ente's own data.</summary>
public sealed class EnteInput
{
    public string? Name { get; set; }

    public string? Province { get; set; }

    public string? Mayor { get; set; }

    public string? UnionName { get; set; }

    public string? UnitLabel { get; set; }

    public WorkingWeek WorkingWeek { get; set; }

    public int? PatronSaintMonth { get; set; }

    public int? PatronSaintDay { get; set; }

    public string? PatronSaintName { get; set; }

    public static readonly IValidator<EnteInput> Validator = new EnteInputValidator();

    public static EnteInput From(EnteData d) => new()
    {
        Name = d.Name, Province = d.Province, Mayor = d.Mayor, UnionName = d.UnionName, UnitLabel = d.UnitLabel, WorkingWeek = d.WorkingWeek,
        PatronSaintMonth = d.PatronSaintMonth, PatronSaintDay = d.PatronSaintDay, PatronSaintName = d.PatronSaintName,
    };

    public EnteData ToData() => new(Name ?? "", Province, Mayor, UnionName, UnitLabel ?? "", WorkingWeek, PatronSaintMonth, PatronSaintDay, PatronSaintName);
}

/// <summary>A new plan cycle.</summary>
public sealed class CycleInput
{
    public int? StartYear { get; set; }

    public int? EndYear { get; set; }

    public string? Title { get; set; }

    public static readonly IValidator<CycleInput> Validator = new CycleInputValidator();
}

/// <summary>A new unit, or the changes to one.</summary>
public sealed class UnitInput
{
    public Guid? UnitId { get; set; }

    public OrgUnitKind Kind { get; set; } = OrgUnitKind.Settore;

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Heading { get; set; }

    public Guid? ParentId { get; set; }

    public static readonly IValidator<UnitInput> Validator = new UnitInputValidator();
}

/// <summary>A new person, or a renamed one.</summary>
public sealed class PersonInput
{
    public Guid? PersonId { get; set; }

    public string? Title { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public static readonly IValidator<PersonInput> Validator = new PersonInputValidator();
}

/// <summary>A new manager assignment.</summary>
public sealed class ManagerInput
{
    public Guid? UnitId { get; set; }

    public Guid? PersonId { get; set; }

    public ManagerRole Role { get; set; } = ManagerRole.ResponsabileEQ;

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public bool IsInterim { get; set; }

    /// <summary>Services in scope, one a line; empty = the whole unit.</summary>
    public string? ScopeServices { get; set; }

    public static readonly IValidator<ManagerInput> Validator = new ManagerInputValidator();
}

/// <summary>A new staff assignment.</summary>
public sealed class StaffInput
{
    public Guid? UnitId { get; set; }

    public Guid? PersonId { get; set; }

    public string? ProfileTitle { get; set; }

    public ClassificationArea ClassificationArea { get; set; } = ClassificationArea.Istruttori;

    public decimal PartTimePct { get; set; } = 100m;

    public PartTimeType PartTimeType { get; set; } = PartTimeType.FullTime;

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public static readonly IValidator<StaffInput> Validator = new StaffInputValidator();
}

/// <summary>Ends an assignment on a day.</summary>
public sealed class EndInput
{
    public Guid? AssignmentId { get; set; }

    public DateOnly? To { get; set; }

    public static readonly IValidator<EndInput> Validator = new EndInputValidator();
}

/// <summary>A code and its text: mandate lines (code, name), DUP codes (code, description).</summary>
public sealed class CodeInput
{
    public Guid? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    /// <summary>Mandate lines need a name and a short code; a DUP code's description is optional.</summary>
    public bool IsMandateLine { get; set; }

    public static readonly IValidator<CodeInput> Validator = new CodeInputValidator();
}

/// <summary>A (Missione, Programma) pair.</summary>
public sealed class ProgrammeInput
{
    public string? Mission { get; set; }

    public string? Programme { get; set; }

    public string? MissionName { get; set; }

    public string? ProgrammeName { get; set; }

    public static readonly IValidator<ProgrammeInput> Validator = new ProgrammeInputValidator();
}

internal sealed class EnteInputValidator : AbstractValidator<EnteInput>
{
    public EnteInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(SettingsTexts.Required).MaximumLength(200).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.UnitLabel).NotEmpty().WithMessage(SettingsTexts.Required).MaximumLength(60).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.Province).MaximumLength(60).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.Mayor).MaximumLength(200).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.PatronSaintMonth).InclusiveBetween(1, 12).WithMessage("Mese compreso tra 1 e 12.");
        RuleFor(x => x.PatronSaintDay).InclusiveBetween(1, 31).WithMessage("Giorno compreso tra 1 e 31.")
            .Must((x, day) => day is null == x.PatronSaintMonth is null).WithMessage("Indicare sia il giorno sia il mese, o nessuno dei due.");
        RuleFor(x => x.PatronSaintName).MaximumLength(200).WithMessage(SettingsTexts.TooLong);
    }
}

internal sealed class CycleInputValidator : AbstractValidator<CycleInput>
{
    public CycleInputValidator()
    {
        RuleFor(x => x.StartYear).NotNull().WithMessage(SettingsTexts.Required).InclusiveBetween(2000, 2100).WithMessage("Anno non valido.");
        RuleFor(x => x.EndYear).NotNull().WithMessage(SettingsTexts.Required)
            .Must((x, end) => end is null || x.StartYear is null || (end >= x.StartYear && end - x.StartYear <= 4))
            .WithMessage("Il ciclo deve durare da uno a cinque anni.");
    }
}

internal sealed class UnitInputValidator : AbstractValidator<UnitInput>
{
    public UnitInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(SettingsTexts.Required).MaximumLength(20).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.Name).NotEmpty().WithMessage(SettingsTexts.Required).MaximumLength(200).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.ParentId).Must((x, parent) => parent is null || parent != x.UnitId).WithMessage("Un'unità non può stare sotto sé stessa.");
    }
}

internal sealed class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator()
    {
        RuleFor(x => x.GivenName).NotEmpty().WithMessage(SettingsTexts.Required).MaximumLength(100).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.FamilyName).NotEmpty().WithMessage(SettingsTexts.Required).MaximumLength(100).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.Title).MaximumLength(40).WithMessage(SettingsTexts.TooLong);
    }
}

internal sealed class ManagerInputValidator : AbstractValidator<ManagerInput>
{
    public ManagerInputValidator()
    {
        RuleFor(x => x.UnitId).NotNull().WithMessage(SettingsTexts.Required);
        RuleFor(x => x.PersonId).NotNull().WithMessage(SettingsTexts.Required);
        RuleFor(x => x.From).NotNull().WithMessage(SettingsTexts.Required);
        RuleFor(x => x.To).Must((x, to) => to is null || x.From is null || to >= x.From).WithMessage("La fine non può precedere l'inizio.");
    }
}

internal sealed class StaffInputValidator : AbstractValidator<StaffInput>
{
    public StaffInputValidator()
    {
        RuleFor(x => x.UnitId).NotNull().WithMessage(SettingsTexts.Required);
        RuleFor(x => x.PersonId).NotNull().WithMessage(SettingsTexts.Required);
        RuleFor(x => x.ProfileTitle).NotEmpty().WithMessage(SettingsTexts.Required).MaximumLength(200).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.PartTimePct).GreaterThan(0m).LessThanOrEqualTo(100m).WithMessage("Percentuale compresa tra 0 e 100.");
        RuleFor(x => x.From).NotNull().WithMessage(SettingsTexts.Required);
        RuleFor(x => x.To).Must((x, to) => to is null || x.From is null || to >= x.From).WithMessage("La fine non può precedere l'inizio.");
    }
}

internal sealed class EndInputValidator : AbstractValidator<EndInput>
{
    public EndInputValidator()
    {
        RuleFor(x => x.AssignmentId).NotNull().WithMessage(SettingsTexts.Required);
        RuleFor(x => x.To).NotNull().WithMessage(SettingsTexts.Required);
    }
}

internal sealed class CodeInputValidator : AbstractValidator<CodeInput>
{
    public CodeInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(SettingsTexts.Required).MaximumLength(40).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.Code).MaximumLength(20).When(x => x.IsMandateLine).WithMessage(SettingsTexts.TooLong);
        RuleFor(x => x.Name).NotEmpty().When(x => x.IsMandateLine).WithMessage(SettingsTexts.Required);
        RuleFor(x => x.Name).MaximumLength(300).WithMessage(SettingsTexts.TooLong);
    }
}

internal sealed class ProgrammeInputValidator : AbstractValidator<ProgrammeInput>
{
    public ProgrammeInputValidator()
    {
        RuleFor(x => x.Mission).NotEmpty().WithMessage(SettingsTexts.Required).Matches(@"^\d{1,2}$").WithMessage("Codice di una o due cifre.");
        RuleFor(x => x.Programme).NotEmpty().WithMessage(SettingsTexts.Required).Matches(@"^\d{1,2}$").WithMessage("Codice di una o due cifre.");
    }
}
