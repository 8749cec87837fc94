using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Evaluation;

/// <summary>
/// A period a person spent in a unit (or a role), both ends included; no end means until 31 December.
/// </summary>
public sealed record PrevalenceAssignment(string UnitId, DateOnly From, DateOnly? To = null);

/// <summary>How many months counted for a unit under the prevalence rule, and the days spent there in the year.</summary>
public sealed record UnitMonthCount(string UnitId, int Months, int Days);

/// <summary>What the prevalence rule decides (SPEC §4.12).</summary>
public enum PrevalenceOutcome
{
    /// <summary>One unit has the most months: its evaluator fills in the sheet.</summary>
    Prevalent,

    /// <summary>
    /// Two or more units tie: "criterio non applicabile", so "due distinte schede o una sola congiuntamente tra i
    /// Dirigenti interessati" (S3:1135).
    /// </summary>
    TwoSheetsOrJointSheet,

    /// <summary>No month counted for any unit (no more than 16 days anywhere in any month).</summary>
    NoMonthCounted,
}

/// <summary>The outcome, the evaluating unit when there is one, the month counts and the units tied for first.</summary>
public sealed record PrevalenceResult(
    PrevalenceOutcome Outcome,
    string? EvaluatingUnitId,
    IReadOnlyList<UnitMonthCount> Units,
    IReadOnlyList<string> TiedUnitIds);

/// <summary>
/// The prevalence rule on transfers and changes of role: the evaluation follows "l'unità di cui il valutato ha fatto
/// parte per il maggior numero di mesi (periodi maggiori a 16 giorni) nel corso dell'anno" (SPEC §4.12, S3:1135).
/// </summary>
public static class PrevalenceRule
{
    /// <summary>SPEC §4.12 [INF]: a month counts for a unit when the person spent more than this many days of it there.</summary>
    public const int DaysAboveWhichAMonthCounts = 16;

    /// <summary>
    /// SPEC §4.12 (Example 9): per month of <paramref name="year"/>, a unit earns the month when the person spent more
    /// than 16 days of it there; the unit with most months evaluates, and a tie means two sheets or one joint sheet.
    /// Transferred on 20 May: A 5, B 7 → B. Transferred on 1 July: 6 and 6 → tie.
    /// </summary>
    public static PrevalenceResult Apply(int year, IReadOnlyList<PrevalenceAssignment> assignments, Explanation explanation)
    {
        Validate(year, assignments);

        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var unitIds = assignments.Select(a => a.UnitId).Distinct(StringComparer.Ordinal).ToList();
        var days = unitIds.ToDictionary(id => id, _ => new int[12], StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var from = assignment.From < yearStart ? yearStart : assignment.From;
            var to = assignment.To is not { } end || end > yearEnd ? yearEnd : end;
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                days[assignment.UnitId][day.Month - 1]++;
            }
        }

        for (var month = 0; month < 12 && explanation.IsEnabled; month++)
        {
            var present = unitIds.Where(id => days[id][month] > 0).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            var parts = present.Select(id => days[id][month] > DaysAboveWhichAMonthCounts
                ? $"{days[id][month]} giorni in {id} (> {DaysAboveWhichAMonthCounts}: mese conteggiato)"
                : $"{days[id][month]} giorni in {id} (non conteggiato)");
            explanation.Add($"{MonthName(month)} {year}: {string.Join("; ", parts)}.");
        }

        var counts = unitIds
            .Select(id => new UnitMonthCount(id, days[id].Count(d => d > DaysAboveWhichAMonthCounts), days[id].Sum()))
            .ToList();
        var summary = string.Join(", ", counts.Select(c => $"{c.UnitId} {c.Months}"));
        var most = counts.Max(c => c.Months);
        if (most == 0)
        {
            explanation.Add($"Mesi conteggiati: {summary}. Nessun mese con più di {DaysAboveWhichAMonthCounts} giorni in un'unità: criterio di prevalenza non applicabile.");
            return new PrevalenceResult(PrevalenceOutcome.NoMonthCounted, null, counts, []);
        }

        var leaders = counts.Where(c => c.Months == most).Select(c => c.UnitId).ToList();
        if (leaders.Count > 1)
        {
            explanation.Add(
                $"Mesi conteggiati: {summary}. Parità tra {string.Join(" e ", leaders)}: criterio di prevalenza non applicabile, " +
                "si compilano due schede distinte o una sola scheda congiunta tra i Dirigenti interessati (SPEC §4.12).");
            return new PrevalenceResult(PrevalenceOutcome.TwoSheetsOrJointSheet, null, counts, leaders);
        }

        explanation.Add($"Mesi conteggiati: {summary}. Valuta {leaders[0]}, unità di appartenenza prevalente (SPEC §4.12).");
        return new PrevalenceResult(PrevalenceOutcome.Prevalent, leaders[0], counts, []);
    }

    private static void Validate(int year, IReadOnlyList<PrevalenceAssignment> assignments)
    {
        if (year is < 1 or > 9999)
        {
            throw new DomainException($"Anno non valido: {year}.", "year");
        }

        if (assignments is null || assignments.Count == 0)
        {
            throw new DomainException("Indicare almeno un periodo di assegnazione.", "assignments");
        }

        for (var i = 0; i < assignments.Count; i++)
        {
            var assignment = assignments[i];
            Guard.Required(assignment.UnitId, $"assignments[{i}].unitId", "Unità");
            Guard.Period(assignment.From, assignment.To, $"assignments[{i}].to");
            for (var j = 0; j < i; j++)
            {
                var other = assignments[j];
                if (assignment.From <= (other.To ?? DateOnly.MaxValue) && other.From <= (assignment.To ?? DateOnly.MaxValue))
                {
                    throw new DomainException(
                        $"Il periodo dal {Format.Date(assignment.From)} si sovrappone a quello dal {Format.Date(other.From)} in {other.UnitId}.",
                        $"assignments[{i}].from");
                }
            }
        }
    }

    private static string MonthName(int monthIndex)
    {
        var name = Format.Italian.DateTimeFormat.MonthNames[monthIndex];
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
