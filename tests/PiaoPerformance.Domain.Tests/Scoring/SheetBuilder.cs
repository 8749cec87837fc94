using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Tests.Scoring;

/// <summary>Builds sheets for the scoring tests; by default every behaviour item at its maximum.</summary>
internal sealed class SheetBuilder(EvaluatedRole role)
{
    private readonly List<ObjectiveInput> _objectives = [];
    private int _year = 2024;
    private decimal _entePerformance = 100m;
    private IReadOnlyList<int>? _behaviour;
    private SanctionsInput? _sanctions;
    private ServiceInput? _service;
    private PayInput? _pay;
    private ScoringOptions? _options;

    public static SheetBuilder Dipendente() => new(EvaluatedRole.Dipendente);

    public static SheetBuilder Dirigente() => new(EvaluatedRole.Dirigente);

    public static SheetBuilder Eq() => new(EvaluatedRole.Eq);

    public static SheetBuilder Segretario() => new(EvaluatedRole.Segretario);

    public static SheetBuilder For(EvaluatedRole role) => new(role);

    /// <summary>
    /// A sheet whose D is exactly <paramref name="d"/>: A is 0 or its whole share (ente performance 0 or 100), C an
    /// integer and B the rest, through one objective with weight 100 (S = B × 100 / share B, exact for 25 % and 40 %).
    /// </summary>
    public static SheetBuilder WithTotal(EvaluatedRole role, decimal d)
    {
        var shares = EvaluationSystem.CassinoDefault.For(role).Shares;
        var builder = new SheetBuilder(role);
        var a = d >= shares.A ? shares.A : 0m;
        var rest = d - a;
        var c = (int)Math.Clamp(Math.Ceiling(rest - shares.B), 0m, shares.C);
        var s = (rest - c) * 100m / shares.B;
        return builder.Ente(a == 0m ? 0m : 100m).Objective("O1", 100m, s).Behaviour(Spread(role, c));
    }

    public SheetBuilder Year(int year)
    {
        _year = year;
        return this;
    }

    public SheetBuilder Ente(decimal entePerformance)
    {
        _entePerformance = entePerformance;
        return this;
    }

    public SheetBuilder Objective(string id, decimal? weight, decimal achievementPct) =>
        Objective(new ObjectiveInput(id, weight, AchievementInput.Direct(achievementPct)));

    public SheetBuilder Objective(ObjectiveInput objective)
    {
        _objectives.Add(objective);
        return this;
    }

    public SheetBuilder Behaviour(params int[] scores)
    {
        _behaviour = scores;
        return this;
    }

    public SheetBuilder Sanctions(int writtenReprimand = 0, int fine = 0, int suspension = 0, bool dismissal = false)
    {
        _sanctions = new SanctionsInput { WrittenReprimand = writtenReprimand, Fine = fine, Suspension = suspension, Dismissal = dismissal };
        return this;
    }

    public SheetBuilder Service(ServiceInput service)
    {
        _service = service;
        return this;
    }

    public SheetBuilder Pay(decimal maximum, bool interimIncrease = false, bool? paymentTimesMet = null)
    {
        _pay = new PayInput { Maximum = maximum, InterimIncrease = interimIncrease, PaymentTimesMet = paymentTimesMet };
        return this;
    }

    public SheetBuilder Options(ScoringOptions options)
    {
        _options = options;
        return this;
    }

    public SheetInput Build() => new()
    {
        Role = role,
        Year = _year,
        EntePerformance = _entePerformance,
        Objectives = _objectives.Count == 0 ? [new ObjectiveInput("O1", null, AchievementInput.Direct(100m))] : _objectives.ToArray(),
        BehaviourScores = _behaviour ?? EvaluationSystem.CassinoDefault.For(role).Catalogue.Items.Select(i => i.Maximum).ToArray(),
        Sanctions = _sanctions,
        Service = _service,
        Pay = _pay,
        Options = _options,
    };

    public SheetResult Score(EvaluationSystem? system = null) =>
        SheetCalculator.Score(Build(), system ?? EvaluationSystem.CassinoDefault, new Explanation());

    /// <summary>Behaviour scores totalling <paramref name="total"/>, filling the items in order.</summary>
    public static int[] Spread(EvaluatedRole role, int total)
    {
        var items = EvaluationSystem.CassinoDefault.For(role).Catalogue.Items;
        var scores = new int[items.Count];
        for (var i = 0; i < items.Count && total > 0; i++)
        {
            scores[i] = Math.Min(items[i].Maximum, total);
            total -= scores[i];
        }

        return scores;
    }
}
