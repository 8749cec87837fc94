using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Sheets;

/// <summary>One sheet a person gets in the year: the evaluating unit and the people named on it.</summary>
public sealed record PlannedSheet(Guid? OrgUnitId, IReadOnlyList<SheetEvaluatorDraft> Evaluators);

/// <summary>
/// What opening the year's sheets gives one person (SPEC §3.1, §4.12): the role evaluated, who evaluates, the sheets
/// (two on a prevalence tie without a joint sheet), the months counted per unit when more than one unit is involved,
/// or the Italian reason the person cannot be opened (then <see cref="Sheets"/> is empty).
/// </summary>
public sealed record PlannedPerson(
    EvaluatedRole? Role,
    EvaluatorKind? EvaluatorKind,
    IReadOnlyList<PlannedSheet> Sheets,
    IReadOnlyList<UnitMonthCount> Months,
    bool Tie,
    string? SkipReason)
{
    public static PlannedPerson Skip(string reason, IReadOnlyList<UnitMonthCount>? months = null, EvaluatedRole? role = null) =>
        new(role, null, [], months ?? [], false, reason);
}

/// <summary>
/// Who gets which sheet when the Segretario opens a year (SPEC §3.1): the Segretario is evaluated by the Sindaco,
/// a dirigente by the NIV, the head of a unit with an EQ post by its dirigente (by the NIV where no dirigente is over
/// the unit, S3:729), an employee by the head of the unit on the EQ's proposal where a dirigente heads it. An employee
/// in more than one unit in the year is placed by the prevalence rule (SPEC §4.12).
/// </summary>
public static class YearOpening
{
    /// <summary>
    /// The plan for one person from their staff and manager assignments of the year and the heads of every unit in
    /// the year (<paramref name="heads"/>). Units are named by <paramref name="unitName"/> in reasons.
    /// </summary>
    public static PlannedPerson For(int year, Guid personId, IReadOnlyList<StaffAssignment> staff, IReadOnlyList<ManagerAssignment> heads,
        bool jointSheetOnTie, Func<Guid, string> unitName)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(unitName);
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        bool InYear(DateOnly from, DateOnly? to) => from <= last && (to is null || to >= first);
        var posts = heads.Where(h => h.PersonId == personId && h.Role != ManagerRole.ResponsabileServizio && InYear(h.From, h.To)).ToList();
        if (posts.Any(p => p.Role == ManagerRole.Segretario))
        {
            return new PlannedPerson(EvaluatedRole.Segretario, EvaluatorKind.Sindaco, [new PlannedSheet(null, [])], [], false, null);
        }

        if (posts.Count > 0)
        {
            var isDirigente = posts.Any(p => p.Role == ManagerRole.Dirigente);
            var main = MainUnit(posts.Where(p => !isDirigente || p.Role == ManagerRole.Dirigente).ToList(), first, last);
            if (isDirigente)
            {
                return new PlannedPerson(EvaluatedRole.Dirigente, EvaluatorKind.Niv, [new PlannedSheet(main, [])], [], false, null);
            }

            var dirigente = HeadAtYearEnd(heads, main, personId, m => m.Role == ManagerRole.Dirigente, first, last);
            return dirigente is { } d
                ? new PlannedPerson(EvaluatedRole.Eq, EvaluatorKind.Dirigente, [new PlannedSheet(main, [new SheetEvaluatorDraft(d, SheetEvaluatorRole.Valutatore, main)])], [],
                    false, null)
                : new PlannedPerson(EvaluatedRole.Eq, EvaluatorKind.Niv, [new PlannedSheet(main, [])], [], false, null);
        }

        var mine = staff.Where(s => s.PersonId == personId && InYear(s.From, s.To)).OrderBy(s => s.From).ToList();
        if (mine.Count == 0)
        {
            return PlannedPerson.Skip($"Nessuna assegnazione a un'unità nel {year}.");
        }

        IReadOnlyList<UnitMonthCount> months = [];
        IReadOnlyList<IReadOnlyList<Guid>> sheetUnits;
        var tie = false;
        if (mine.Select(s => s.OrgUnitId).Distinct().Count() == 1)
        {
            sheetUnits = [[mine[0].OrgUnitId]];
        }
        else
        {
            try
            {
                var decision = SheetAssignment.Decide(year, mine.Select(s => new PrevalenceAssignment(s.OrgUnitId.ToString(), s.From, s.To)).ToList(),
                    jointSheetOnTie, Explanation.Disabled);
                months = decision.Prevalence.Units;
                tie = decision.Prevalence.Outcome == PrevalenceOutcome.TwoSheetsOrJointSheet;
                sheetUnits = decision.Sheets.Select(s => (IReadOnlyList<Guid>)s.Select(Guid.Parse).ToList()).ToList();
            }
            catch (DomainException ex)
            {
                return PlannedPerson.Skip(ex.Message, months, EvaluatedRole.Dipendente);
            }
        }

        var sheets = new List<PlannedSheet>();
        foreach (var units in sheetUnits)
        {
            var evaluators = new List<SheetEvaluatorDraft>();
            foreach (var unit in units)
            {
                var head = HeadAtYearEnd(heads, unit, personId, m => m.Role != ManagerRole.Segretario && m.Role != ManagerRole.ResponsabileServizio, first, last);
                if (head is not { } h)
                {
                    return PlannedPerson.Skip($"L'unità «{unitName(unit)}» non ha un responsabile nel {year}: non si può stabilire chi valuta.", months,
                        EvaluatedRole.Dipendente);
                }

                if (evaluators.All(e => e.PersonId != h))
                {
                    evaluators.Add(new SheetEvaluatorDraft(h, evaluators.Count == 0 ? SheetEvaluatorRole.Valutatore : SheetEvaluatorRole.Congiunto, unit));
                }
            }

            // S3:731: a dirigente evaluates employees on the proposal of the unit's EQ, when there is one.
            if (units.Count == 1 && heads.Any(m => m.PersonId == evaluators[0].PersonId && m.OrgUnitId == units[0] && m.Role == ManagerRole.Dirigente)
                && HeadAtYearEnd(heads, units[0], personId, m => m.Role == ManagerRole.ResponsabileEQ, first, last) is { } eq && eq != evaluators[0].PersonId)
            {
                evaluators.Add(new SheetEvaluatorDraft(eq, SheetEvaluatorRole.Proponente, units[0]));
            }

            sheets.Add(new PlannedSheet(units[0], evaluators));
        }

        return new PlannedPerson(EvaluatedRole.Dipendente, EvaluatorKind.Dirigente, sheets, months, tie, null);
    }

    /// <summary>The head of <paramref name="unit"/> in post on 31 December, or the last one of the year (SPEC §4.13: the final evaluator).</summary>
    public static Guid? HeadAtYearEnd(IEnumerable<ManagerAssignment> heads, Guid unit, Guid evaluated, Func<ManagerAssignment, bool> kind, DateOnly first, DateOnly last) =>
        heads.Where(h => h.OrgUnitId == unit && h.PersonId != evaluated && kind(h) && h.From <= last && (h.To is null || h.To >= first))
            .OrderByDescending(h => h.To ?? DateOnly.MaxValue).ThenBy(h => h.IsInterim).ThenByDescending(h => h.From)
            .Select(h => (Guid?)h.PersonId).FirstOrDefault();

    // A head's own unit: the post held longest in the year, a non-interim one before an interim one.
    private static Guid MainUnit(IReadOnlyList<ManagerAssignment> posts, DateOnly first, DateOnly last) =>
        posts.OrderBy(p => p.IsInterim)
            .ThenByDescending(p => (p.To is { } to && to < last ? to : last).DayNumber - (p.From > first ? p.From : first).DayNumber)
            .ThenBy(p => p.From)
            .First().OrgUnitId;
}
