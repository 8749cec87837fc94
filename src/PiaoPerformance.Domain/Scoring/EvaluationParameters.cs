using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// The numbers of an ente's evaluation system for one cycle, flat so they can be stored and edited (SPEC §0
/// "Configuration": every numeric parameter per ente and per cycle, never hard-coded). <see cref="ToSystem"/> builds
/// the <see cref="EvaluationSystem"/> the engine uses, with the behaviour catalogues of seed 003; building it checks
/// every value. The default is seed 003 (Cassino) for sheets and money.
/// </summary>
public sealed record EvaluationParameters
{
    /// <summary>Component shares A/B/C in % per role (SPEC §3.2).</summary>
    public required RoleShares Segretario { get; init; }

    public required RoleShares Dirigente { get; init; }

    public required RoleShares Eq { get; init; }

    public required RoleShares Dipendente { get; init; }

    /// <summary>Employees' bands (SPEC §4.1), highest first.</summary>
    public required IReadOnlyList<PayBand> EmployeeBands { get; init; }

    /// <summary>Segretario, dirigenti and EQ bands (SPEC §4.2), highest first.</summary>
    public required IReadOnlyList<PayBand> ManagerBands { get; init; }

    /// <summary>SPEC §4.4: a total below this is a negative evaluation.</summary>
    public decimal NegativeThreshold { get; init; } = 50m;

    /// <summary>SPEC §4.9: % cut for 1 / 2 / more than 2 sanctions of each kind in the year.</summary>
    public required SanctionCuts WrittenReprimand { get; init; }

    public required SanctionCuts Fine { get; init; }

    public required SanctionCuts Suspension { get; init; }

    public bool SanctionsApplyToManagers { get; init; } = true;

    /// <summary>SPEC §4.11: minimum presence in months to be evaluated.</summary>
    public int PresenceThresholdMonths { get; init; } = 3;

    /// <summary>SPEC §4.8: dirigente interim increase in %.</summary>
    public decimal DirigenteInterimIncreasePct { get; init; } = 10m;

    /// <summary>SPEC §2.10: factor on managers' result pay when the payment-times objective is missed (gate mode).</summary>
    public decimal PaymentTimesGateFactor { get; init; } = 0.70m;

    /// <summary>SPEC §4.16, S2:119: the Segretario's share of the result allowance tied to the plan (money-share model).</summary>
    public decimal SegretarioPlanSharePct { get; init; } = 10m;

    public ScoringOptions Options { get; init; } = ScoringOptions.Default;

    /// <summary>Seed 003 (Cassino) values: the default template for sheets and money.</summary>
    public static EvaluationParameters CassinoDefault { get; } = From(EvaluationSystem.CassinoDefault);

    /// <summary>The engine's configuration; throws a <see cref="DomainException"/> naming the parameter when a value is not acceptable.</summary>
    public EvaluationSystem ToSystem() => new()
    {
        Segretario = Scheme(EvaluatedRole.Segretario, Segretario, BehaviourCatalogue.CassinoSegretario, ManagerBands),
        Dirigente = Scheme(EvaluatedRole.Dirigente, Dirigente, BehaviourCatalogue.CassinoDirigente, ManagerBands),
        Eq = Scheme(EvaluatedRole.Eq, Eq, BehaviourCatalogue.CassinoEq, ManagerBands),
        Dipendente = Scheme(EvaluatedRole.Dipendente, Dipendente, BehaviourCatalogue.CassinoDipendente, EmployeeBands),
        NegativeThreshold = NegativeThreshold,
        Sanctions = new SanctionTable(WrittenReprimand, Fine, Suspension),
        SanctionsApplyToManagers = SanctionsApplyToManagers,
        PresenceThresholdMonths = PresenceThresholdMonths,
        DirigenteInterimIncreasePct = DirigenteInterimIncreasePct,
        PaymentTimesGateFactor = PaymentTimesGateFactor,
        SegretarioPlanSharePct = SegretarioPlanSharePct,
        Options = Options,
    };

    public static EvaluationParameters From(EvaluationSystem system) => new()
    {
        Segretario = RoleShares.Of(system.Segretario.Shares),
        Dirigente = RoleShares.Of(system.Dirigente.Shares),
        Eq = RoleShares.Of(system.Eq.Shares),
        Dipendente = RoleShares.Of(system.Dipendente.Shares),
        EmployeeBands = system.Dipendente.Bands.Bands,
        ManagerBands = system.Dirigente.Bands.Bands,
        NegativeThreshold = system.NegativeThreshold,
        WrittenReprimand = system.Sanctions.WrittenReprimand,
        Fine = system.Sanctions.Fine,
        Suspension = system.Sanctions.Suspension,
        SanctionsApplyToManagers = system.SanctionsApplyToManagers,
        PresenceThresholdMonths = system.PresenceThresholdMonths,
        DirigenteInterimIncreasePct = system.DirigenteInterimIncreasePct,
        PaymentTimesGateFactor = system.PaymentTimesGateFactor,
        SegretarioPlanSharePct = system.SegretarioPlanSharePct,
        Options = system.Options,
    };

    private static RoleScheme Scheme(EvaluatedRole role, RoleShares shares, BehaviourCatalogue catalogue, IReadOnlyList<PayBand> bands) =>
        new(role, new ComponentShares(shares.A, shares.B, shares.C), catalogue, new BandTable(bands));
}

/// <summary>Shares of components A, B and C in % for one role (SPEC §3.2); they total 100.</summary>
public sealed record RoleShares(decimal A, decimal B, decimal C)
{
    public static RoleShares Of(ComponentShares shares) => new(shares.A, shares.B, shares.C);
}
