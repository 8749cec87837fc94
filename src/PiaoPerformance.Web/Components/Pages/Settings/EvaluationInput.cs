using FluentValidation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Web.Components.Pages.Settings;

/// <summary>The evaluation parameters of one cycle as the form edits them (flat, mutable); the domain checks them again.</summary>
public sealed class EvaluationInput
{
    public Guid? CycleId { get; set; }

    public SharesInput Segretario { get; set; } = new();

    public SharesInput Dirigente { get; set; } = new();

    public SharesInput Eq { get; set; } = new();

    public SharesInput Dipendente { get; set; } = new();

    public List<BandInput> EmployeeBands { get; set; } = [];

    public List<BandInput> ManagerBands { get; set; } = [];

    public decimal NegativeThreshold { get; set; }

    public CutsInput WrittenReprimand { get; set; } = new();

    public CutsInput Fine { get; set; } = new();

    public CutsInput Suspension { get; set; } = new();

    public bool SanctionsApplyToManagers { get; set; }

    public int PresenceThresholdMonths { get; set; }

    public decimal DirigenteInterimIncreasePct { get; set; }

    public decimal PaymentTimesGateFactor { get; set; }

    public SanctionCombination SanctionCombination { get; set; }

    public bool RoundTotal { get; set; }

    public PaymentTimesMode PaymentTimesMode { get; set; }

    public ProrationBasis ProrationBasis { get; set; }

    /// <summary>SPEC §4.16: weights as points of the score (Cassino) or as shares of the money (S2).</summary>
    public WeightModel WeightModel { get; set; }

    public decimal SegretarioPlanSharePct { get; set; }

    public static readonly IValidator<EvaluationInput> Validator = new EvaluationInputValidator();

    public static EvaluationInput From(Guid cycleId, EvaluationParameters p) => new()
    {
        CycleId = cycleId,
        Segretario = SharesInput.Of(p.Segretario),
        Dirigente = SharesInput.Of(p.Dirigente),
        Eq = SharesInput.Of(p.Eq),
        Dipendente = SharesInput.Of(p.Dipendente),
        EmployeeBands = p.EmployeeBands.Select(BandInput.Of).ToList(),
        ManagerBands = p.ManagerBands.Select(BandInput.Of).ToList(),
        NegativeThreshold = p.NegativeThreshold,
        WrittenReprimand = CutsInput.Of(p.WrittenReprimand),
        Fine = CutsInput.Of(p.Fine),
        Suspension = CutsInput.Of(p.Suspension),
        SanctionsApplyToManagers = p.SanctionsApplyToManagers,
        PresenceThresholdMonths = p.PresenceThresholdMonths,
        DirigenteInterimIncreasePct = p.DirigenteInterimIncreasePct,
        PaymentTimesGateFactor = p.PaymentTimesGateFactor,
        SanctionCombination = p.Options.SanctionCombination,
        RoundTotal = p.Options.RoundTotal,
        PaymentTimesMode = p.Options.PaymentTimesMode,
        ProrationBasis = p.Options.ProrationBasis,
        WeightModel = p.Options.WeightModel,
        SegretarioPlanSharePct = p.SegretarioPlanSharePct,
    };

    /// <summary>The parameters to save, on top of <paramref name="current"/> (whatever the form does not show stays).</summary>
    public EvaluationParameters ToParameters(EvaluationParameters current) => current with
    {
        Segretario = Segretario.ToShares(),
        Dirigente = Dirigente.ToShares(),
        Eq = Eq.ToShares(),
        Dipendente = Dipendente.ToShares(),
        EmployeeBands = EmployeeBands.Select(b => b.ToBand()).ToList(),
        ManagerBands = ManagerBands.Select(b => b.ToBand()).ToList(),
        NegativeThreshold = NegativeThreshold,
        WrittenReprimand = WrittenReprimand.ToCuts("WrittenReprimand"),
        Fine = Fine.ToCuts("Fine"),
        Suspension = Suspension.ToCuts("Suspension"),
        SanctionsApplyToManagers = SanctionsApplyToManagers,
        PresenceThresholdMonths = PresenceThresholdMonths,
        DirigenteInterimIncreasePct = DirigenteInterimIncreasePct,
        PaymentTimesGateFactor = PaymentTimesGateFactor,
        SegretarioPlanSharePct = SegretarioPlanSharePct,
        Options = current.Options with
        {
            SanctionCombination = SanctionCombination,
            RoundTotal = RoundTotal,
            PaymentTimesMode = PaymentTimesMode,
            ProrationBasis = ProrationBasis,
            WeightModel = WeightModel,
        },
    };
}

/// <summary>Shares A/B/C in % of one role.</summary>
public sealed class SharesInput
{
    public decimal A { get; set; }

    public decimal B { get; set; }

    public decimal C { get; set; }

    public decimal Total => A + B + C;

    public static SharesInput Of(RoleShares s) => new() { A = s.A, B = s.B, C = s.C };

    public RoleShares ToShares() => new(A, B, C);
}

/// <summary>One merit band.</summary>
public sealed class BandInput
{
    public decimal LowerBound { get; set; }

    public decimal PayPct { get; set; }

    public string? Label { get; set; }

    public static BandInput Of(PayBand b) => new() { LowerBound = b.LowerBound, PayPct = b.PayPct, Label = b.Label };

    public PayBand ToBand() => new(LowerBound, PayPct, Label ?? "");
}

/// <summary>The % cuts for 1, 2, more than 2 sanctions of a kind.</summary>
public sealed class CutsInput
{
    public decimal One { get; set; }

    public decimal Two { get; set; }

    public decimal MoreThanTwo { get; set; }

    public static CutsInput Of(SanctionCuts c) => new() { One = c.One, Two = c.Two, MoreThanTwo = c.MoreThanTwo };

    public SanctionCuts ToCuts(string field)
    {
        try
        {
            return new SanctionCuts(One, Two, MoreThanTwo);
        }
        catch (Domain.Common.DomainException ex)
        {
            throw new Domain.Common.DomainException(ex.Message, field);
        }
    }
}

internal sealed class EvaluationInputValidator : AbstractValidator<EvaluationInput>
{
    private const string Percentage = "Valore compreso tra 0 e 100.";

    public EvaluationInputValidator()
    {
        RuleFor(x => x.CycleId).NotNull().WithMessage(SettingsTexts.Required);
        Shares(x => x.Segretario);
        Shares(x => x.Dirigente);
        Shares(x => x.Eq);
        Shares(x => x.Dipendente);
        Cuts(x => x.WrittenReprimand);
        Cuts(x => x.Fine);
        Cuts(x => x.Suspension);
        RuleFor(x => x.NegativeThreshold).InclusiveBetween(0m, 100m).WithMessage(Percentage);
        RuleFor(x => x.DirigenteInterimIncreasePct).InclusiveBetween(0m, 100m).WithMessage(Percentage);
        RuleFor(x => x.SegretarioPlanSharePct).InclusiveBetween(0m, 100m).WithMessage(Percentage);
        RuleFor(x => x.PaymentTimesGateFactor).InclusiveBetween(0m, 1m).WithMessage("Fattore compreso tra 0 e 1.");
        RuleFor(x => x.PresenceThresholdMonths).InclusiveBetween(0, 12).WithMessage("Mesi compresi tra 0 e 12.");
        RuleFor(x => x.EmployeeBands).Must(HighestFirst).WithMessage("Le fasce vanno dalla più alta alla più bassa: soglie decrescenti, premio non crescente, l'ultima da 0.");
        RuleFor(x => x.ManagerBands).Must(HighestFirst).WithMessage("Le fasce vanno dalla più alta alla più bassa: soglie decrescenti, premio non crescente, l'ultima da 0.");
    }

    private void Shares(System.Linq.Expressions.Expression<Func<EvaluationInput, SharesInput>> role) =>
        RuleFor(role)
            .Must(s => s.A is >= 0 and <= 100 && s.B is >= 0 and <= 100 && s.C is >= 0 and <= 100).WithMessage("Ogni quota è compresa tra 0 e 100.")
            .Must(s => DomainAccepts(() => new Domain.Scoring.ComponentShares(s.A, s.B, s.C)))
            .WithMessage((_, s) => $"Le quote A, B e C devono sommare a 100 (totale indicato: {Formatting.Fmt.Number(s.Total)}).");

    private void Cuts(System.Linq.Expressions.Expression<Func<EvaluationInput, CutsInput>> sanction) =>
        RuleFor(sanction)
            .Must(c => c.One is >= 0 and <= 100 && c.Two is >= 0 and <= 100 && c.MoreThanTwo is >= 0 and <= 100).WithMessage(Percentage)
            .Must(c => DomainAccepts(() => new Domain.Scoring.SanctionCuts(c.One, c.Two, c.MoreThanTwo)))
            .WithMessage("Le riduzioni non possono diminuire al crescere del numero di sanzioni.");

    // The form only asks the domain: the rules on shares, cuts and bands live in Domain/Scoring, these give the
    // message next to the field before the save.
    private static bool HighestFirst(List<BandInput> bands) =>
        DomainAccepts(() => new Domain.Scoring.BandTable(bands.Select(b => new Domain.Scoring.PayBand(b.LowerBound, b.PayPct, b.Label ?? ""))));

    private static bool DomainAccepts(Action build)
    {
        try
        {
            build();
            return true;
        }
        catch (Domain.Common.DomainException)
        {
            return false;
        }
    }
}
