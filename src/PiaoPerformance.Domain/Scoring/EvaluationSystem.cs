using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// The evaluation system (SMVP) of one ente for one cycle: every number the sheets and the money depend on (SPEC §0
/// "Configuration": stored per ente and per cycle, never hard-coded). Immutable; derive a variant with <c>with</c>,
/// each property checking its own value. Percentages are written as percentages (35 means 35 %); the payment-times
/// gate is a factor (0,70).
/// </summary>
public sealed record EvaluationSystem
{
    public required RoleScheme Segretario { get; init => field = Checked(value, EvaluatedRole.Segretario); }

    public required RoleScheme Dirigente { get; init => field = Checked(value, EvaluatedRole.Dirigente); }

    public required RoleScheme Eq { get; init => field = Checked(value, EvaluatedRole.Eq); }

    public required RoleScheme Dipendente { get; init => field = Checked(value, EvaluatedRole.Dipendente); }

    /// <summary>SPEC §4.4, S3:1107: a total below this is a negative evaluation (flag only, pay unchanged).</summary>
    public decimal NegativeThreshold
    {
        get;
        init => field = Guard.Percentage(value, "negativeThreshold", "Soglia della valutazione negativa");
    } = 50m;

    /// <summary>SPEC §4.9.</summary>
    public required SanctionTable Sanctions { get; init => field = value ?? throw new DomainException("Tabella delle sanzioni mancante.", "sanctions"); }

    /// <summary>SPEC §4.9 [AMB-16]: the table sits under "Dipendenti"; by default it applies to every role.</summary>
    public bool SanctionsApplyToManagers { get; init; } = true;

    /// <summary>SPEC §4.11, S3:1143: under this many months of presence the person is not evaluated.</summary>
    public int PresenceThresholdMonths
    {
        get;
        init => field = value is >= 0 and <= 12
            ? value
            : throw new DomainException("La soglia minima di presenza va indicata in mesi, tra 0 e 12.", "presenceThresholdMonths");
    } = 3;

    /// <summary>SPEC §4.8, S3:912: the dirigente's interim increase, as a percentage (10 → × 1,10).</summary>
    public decimal DirigenteInterimIncreasePct
    {
        get;
        init => field = Guard.Percentage(value, "dirigenteInterimIncreasePct", "Maggiorazione per interim dei dirigenti");
    } = 10m;

    /// <summary>SPEC §2.10, S0:20: the factor on managers' result pay when payment times are missed (0,70 = −30 %).</summary>
    public decimal PaymentTimesGateFactor
    {
        get;
        init => field = value is >= 0m and <= 1m
            ? value
            : throw new DomainException("Il fattore per il mancato rispetto dei tempi di pagamento deve essere tra 0 e 1.", "paymentTimesGateFactor");
    } = 0.70m;

    /// <summary>
    /// SPEC §4.16, S2:119: in the money-share model, the share (%) of the Segretario's result allowance the plan's
    /// objectives cover ("pari al 10%"); the rest is outside the plan and not computed here (AMB-18).
    /// </summary>
    public decimal SegretarioPlanSharePct
    {
        get;
        init => field = Guard.Percentage(value, "segretarioPlanSharePct", "Quota dell'indennità del Segretario legata agli obiettivi del piano");
    } = 10m;

    /// <summary>Defaults of the options each sheet may override.</summary>
    public ScoringOptions Options { get; init => field = value ?? ScoringOptions.Default; } = ScoringOptions.Default;

    public RoleScheme For(EvaluatedRole role) => role switch
    {
        EvaluatedRole.Segretario => Segretario,
        EvaluatedRole.Dirigente => Dirigente,
        EvaluatedRole.Eq => Eq,
        EvaluatedRole.Dipendente => Dipendente,
        _ => throw new DomainException("Ruolo valutato non riconosciuto: Segretario, Dirigente, Eq o Dipendente.", "role"),
    };

    /// <summary>SPEC §0 "Configuration": seed 003 (Cassino, SMVP DGC 471/2022) as the default template.</summary>
    public static EvaluationSystem CassinoDefault { get; } = new()
    {
        // SPEC §3.2: 35/25/40, 35/25/40, 30/40/30, 25/25/50; SPEC §4.1-4.2 bands.
        Segretario = new(EvaluatedRole.Segretario, new(35m, 25m, 40m), BehaviourCatalogue.CassinoSegretario, BandTable.CassinoManagers),
        Dirigente = new(EvaluatedRole.Dirigente, new(35m, 25m, 40m), BehaviourCatalogue.CassinoDirigente, BandTable.CassinoManagers),
        Eq = new(EvaluatedRole.Eq, new(30m, 40m, 30m), BehaviourCatalogue.CassinoEq, BandTable.CassinoManagers),
        Dipendente = new(EvaluatedRole.Dipendente, new(25m, 25m, 50m), BehaviourCatalogue.CassinoDipendente, BandTable.CassinoEmployees),
        Sanctions = SanctionTable.Cassino,
    };

    private static RoleScheme Checked(RoleScheme? scheme, EvaluatedRole role)
    {
        if (scheme is null || scheme.Role != role)
        {
            throw new DomainException($"Manca lo schema di valutazione del ruolo {RoleNames.Of(role)}.", "roles");
        }

        return scheme;
    }
}
