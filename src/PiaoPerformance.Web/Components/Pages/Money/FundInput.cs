using FluentValidation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Rewards;

namespace PiaoPerformance.Web.Components.Pages.Money;

/// <summary>A unit's head-count on 1 January, one field per classification area.</summary>
public sealed class HeadcountRow
{
    public Guid UnitId { get; init; }

    public string Unit { get; init; } = "";

    public int? Operatori { get; set; }

    public int? OperatoriEsperti { get; set; }

    public int? Istruttori { get; set; }

    public int? FunzionariEQ { get; set; }

    public IEnumerable<HeadcountLine> Lines() =>
    [
        new(UnitId, ClassificationArea.Operatori, Operatori ?? 0),
        new(UnitId, ClassificationArea.OperatoriEsperti, OperatoriEsperti ?? 0),
        new(UnitId, ClassificationArea.Istruttori, Istruttori ?? 0),
        new(UnitId, ClassificationArea.FunzionariEQ, FunzionariEQ ?? 0),
    ];
}

/// <summary>The fund form; property names are the domain's field names, so a refused rule lands under its field.</summary>
public sealed class FundInput
{
    public decimal? Amount { get; set; }

    public decimal? SupplementPct { get; set; } = TopPerformerSupplement.MinimumPct;

    public decimal? SupplementQuotaPct { get; set; } = 10m;

    /// <summary>SPEC §4.16: the CCDI sum for organisational performance (the money-share model); empty = none.</summary>
    public decimal? OrganisationalPerformanceSum { get; set; }

    public List<HeadcountRow> Headcounts { get; set; } = [];

    public static readonly IValidator<FundInput> Validator = new FundInputValidator();

    public FundEdit ToEdit() => new(Amount ?? 0m, SupplementPct ?? 0m, SupplementQuotaPct ?? 0m, Headcounts.SelectMany(h => h.Lines()).ToList(),
        OrganisationalPerformanceSum);

    public static FundInput From(IReadOnlyList<FundUnit> units, PerformanceFundView? fund)
    {
        int? Count(Guid unit, ClassificationArea area) => fund?.Headcounts.Where(h => h.OrgUnitId == unit && h.Area == area).Sum(h => h.Count) is { } n and > 0 ? n : null;
        return new FundInput
        {
            Amount = fund?.Amount,
            SupplementPct = fund?.SupplementPct ?? TopPerformerSupplement.MinimumPct,
            SupplementQuotaPct = fund?.SupplementQuotaPct ?? 10m,
            OrganisationalPerformanceSum = fund?.OrganisationalPerformanceSum,
            Headcounts = units.Select(u => new HeadcountRow
            {
                UnitId = u.Id,
                Unit = $"{u.Code} {u.Name}",
                Operatori = Count(u.Id, ClassificationArea.Operatori),
                OperatoriEsperti = Count(u.Id, ClassificationArea.OperatoriEsperti),
                Istruttori = Count(u.Id, ClassificationArea.Istruttori),
                FunzionariEQ = Count(u.Id, ClassificationArea.FunzionariEQ),
            }).ToList(),
        };
    }
}

internal sealed class FundInputValidator : AbstractValidator<FundInput>
{
    public FundInputValidator()
    {
        RuleFor(f => f.Amount).NotNull().WithMessage("Importo del fondo: campo obbligatorio.")
            .GreaterThanOrEqualTo(0m).WithMessage("L'importo del fondo non può essere negativo.")
            .Must(a => a is null || decimal.Round(a.Value, 2) == a.Value).WithMessage("L'importo va indicato in euro e centesimi.");
        RuleFor(f => f.SupplementPct).NotNull().WithMessage("Maggiorazione: campo obbligatorio.")
            .InclusiveBetween(TopPerformerSupplement.MinimumPct, 100m)
            .WithMessage($"La maggiorazione è tra il {TopPerformerSupplement.MinimumPct:0} % e il 100 % del premio medio.");
        RuleFor(f => f.SupplementQuotaPct).NotNull().WithMessage("Quota di personale: campo obbligatorio.")
            .InclusiveBetween(0m, 100m).WithMessage("La quota di personale è una percentuale tra 0 e 100.");
        RuleFor(f => f.OrganisationalPerformanceSum)
            .GreaterThanOrEqualTo(0m).WithMessage("La somma destinata alla performance organizzativa non può essere negativa.")
            .Must(a => a is null || decimal.Round(a.Value, 2) == a.Value).WithMessage("La somma va indicata in euro e centesimi.");
        RuleForEach(f => f.Headcounts).ChildRules(row =>
        {
            const string negative = "Il numero non può essere negativo.";
            row.RuleFor(r => r.Operatori).GreaterThanOrEqualTo(0).WithMessage(negative);
            row.RuleFor(r => r.OperatoriEsperti).GreaterThanOrEqualTo(0).WithMessage(negative);
            row.RuleFor(r => r.Istruttori).GreaterThanOrEqualTo(0).WithMessage(negative);
            row.RuleFor(r => r.FunzionariEQ).GreaterThanOrEqualTo(0).WithMessage(negative);
        });
    }
}
