using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Benchmarks;

/// <summary>
/// A large comune, made up deterministically (fixed seed): 23.000 employees in 40 units, each with an evaluation
/// sheet of 6 objectives (direct percentages, numeric thresholds, milestones, a proportional indicator; now and then
/// one excluded or delayed by third parties) and the 10 behaviour items of the employee catalogue, plus a few
/// sanctions and part-year services. Built once, outside the timed region.
/// </summary>
public sealed class ComuneWorkload
{
    public const int Seed = 20240101;

    // Objective cards share their rule, as the cards of one plan do (SPEC §2.3).
    private static readonly AchievementRule Threshold = new(AchievementRuleKind.NumericThreshold,
        [new("pieno", 100m, 75m), new("parziale", 50m, 40m), new("insufficiente", 0m, 0m)], "%");

    private static readonly AchievementRule Milestones = new(AchievementRuleKind.Milestone,
        [new("Approvazione", 100m), new("Predisposizione bozza", 75m), new("Avvio istruttoria", 25m)]);

    private static readonly string[] MilestoneReached = ["Approvazione", "Approvazione", "Predisposizione bozza", "Avvio istruttoria"];

    private static readonly decimal[][] WeightPatterns =
    [
        [25m, 20m, 15m, 15m, 15m, 10m],
        [20m, 20m, 20m, 15m, 15m, 10m],
        [30m, 20m, 15m, 15m, 10m, 10m],
    ];

    private ComuneWorkload(decimal fund, IReadOnlyList<UnitHeadcount> units, IReadOnlyList<EmployeeSheet> employees)
    {
        Fund = fund;
        Units = units;
        Employees = employees;
    }

    public decimal Fund { get; }

    public IReadOnlyList<UnitHeadcount> Units { get; }

    public IReadOnlyList<EmployeeSheet> Employees { get; }

    public static ClassificationCoefficients Coefficients => ClassificationCoefficients.Ccnl2019_2021;

    public static ComuneWorkload Create(int employees = 23_000, int units = 40, decimal fund = 4_600_000.00m)
    {
        var random = new Random(Seed);
        var staff = new Dictionary<ClassificationArea, int>[units];
        for (var u = 0; u < units; u++)
        {
            staff[u] = new() { [ClassificationArea.Operatori] = 0, [ClassificationArea.OperatoriEsperti] = 0, [ClassificationArea.Istruttori] = 0, [ClassificationArea.FunzionariEQ] = 0 };
        }

        var sheets = new EmployeeSheet[employees];
        for (var i = 0; i < employees; i++)
        {
            var unit = random.Next(units);
            var area = Area(random);
            staff[unit][area]++;
            sheets[i] = new EmployeeSheet(unit, area, Sheet(random, i));
        }

        var headcounts = staff.Select((s, u) => new UnitHeadcount($"U{u + 1:00}", s)).ToList();
        return new ComuneWorkload(fund, headcounts, sheets);
    }

    private static ClassificationArea Area(Random random) => random.Next(100) switch
    {
        < 15 => ClassificationArea.Operatori,
        < 40 => ClassificationArea.OperatoriEsperti,
        < 80 => ClassificationArea.Istruttori,
        _ => ClassificationArea.FunzionariEQ,
    };

    private static SheetInput Sheet(Random random, int index)
    {
        var weights = random.Next(10) < 7 ? WeightPatterns[random.Next(WeightPatterns.Length)] : null;
        var excluded = random.Next(100) < 8 ? random.Next(6) : -1;
        var objectives = new ObjectiveInput[6];
        for (var o = 0; o < 6; o++)
        {
            objectives[o] = new ObjectiveInput($"OB{o + 1}", weights?[o], Achievement(random, o))
            {
                Excluded = o == excluded,
                ExclusionReason = o == excluded ? "sopravvenienza non imputabile al dipendente" : null,
                ThirdPartyDelay = o != excluded && random.Next(200) == 0,
            };
        }

        var behaviour = new int[10];
        for (var b = 0; b < behaviour.Length; b++)
        {
            behaviour[b] = random.Next(100) < 10 ? random.Next(1, 3) : random.Next(3, 6);
        }

        return new SheetInput
        {
            Role = EvaluatedRole.Dipendente,
            Year = 2024,
            EntePerformance = 92m,
            Objectives = objectives,
            BehaviourScores = behaviour,
            Sanctions = random.Next(100) < 2 ? new SanctionsInput { WrittenReprimand = random.Next(2), Fine = 1 } : null,
            Service = random.Next(100) < 5 ? PartYear(random, index) : null,
        };
    }

    private static AchievementInput Achievement(Random random, int position) => position switch
    {
        0 or 1 => AchievementInput.Direct(random.Next(100) < 60 ? 100m : random.Next(400, 1000) / 10m),
        2 or 3 => AchievementInput.Threshold(Threshold, random.Next(20, 101)),
        4 => AchievementInput.Milestone(Milestones, MilestoneReached[random.Next(MilestoneReached.Length)]),
        _ => AchievementInput.Proportional(random.Next(20, 46), 30m, Polarity.LowerIsBetter),
    };

    // Hired or leaving during the year; some stay under three months (not evaluable), some are protected cases.
    private static ServiceInput PartYear(Random random, int index)
    {
        var day = new DateOnly(2024, 1, 1).AddDays(random.Next(366));
        return index % 2 == 0
            ? new ServiceInput { From = day, ProtectedAbsence = random.Next(10) == 0 }
            : new ServiceInput { To = day };
    }
}

/// <summary>One employee: the unit (index into <see cref="ComuneWorkload.Units"/>), the area, the sheet without pay.</summary>
public sealed record EmployeeSheet(int Unit, ClassificationArea Area, SheetInput Sheet);
