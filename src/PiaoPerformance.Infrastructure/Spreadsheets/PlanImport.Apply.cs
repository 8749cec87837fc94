using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

// Each changed row through the card's own methods, one call per cell group so every refusal names its cell.
internal sealed partial class PlanImport
{
    // New cards follow the plan's cards in the file's row order.
    private readonly int _sortBase = existing.Count == 0 ? 0 : existing.Max(o => o.SortOrder);

    private void Apply(ImportRow row)
    {
        if (row.Number < 1 || (row.Text(ObjectiveCol.Unit) is not null && row.Unit is null))
        {
            return;
        }

        var title = row.Text(ObjectiveCol.Title)!;
        if (row.Objective is { } card)
        {
            if (card.Kind != row.Kind)
            {
                Add(row, ObjectiveCol.Kind, $"L'obiettivo esiste già con tipo «{WorkbookLists.KindLabels[card.Kind]}»: il tipo di una scheda non si cambia da file.");
                return;
            }
        }
        else if (!Try(row, ObjectiveCol.Unit, () => row.Objective = new Objective(plan, row.Level, row.Kind, row.Number, title, row.Unit)))
        {
            return;
        }

        var o = row.Objective!;
        if (AccessRules.WhyCannotEditObjective(actor, plan, o, row.Unit is { } u && plan.IsUnitSubmitted(u.Id)) is { } refusal)
        {
            Add(row, ObjectiveCol.Ref, refusal);
            row.Objective = row.Action == ImportAction.Create ? null : o;
            return;
        }

        if (row.Action == ImportAction.Create)
        {
            o.Reorder(_sortBase + row.Row.RowNumber);
            _created.Add(o);
        }

        Try(row, ObjectiveCol.Number, () => o.Renumber(row.Number, row.Text(ObjectiveCol.Code)));
        Try(row, ObjectiveCol.Title, () => o.Describe(row.Text(ObjectiveCol.Theme), title, row.Text(ObjectiveCol.Description),
            row.Text(ObjectiveCol.ExpectedResult), row.Text(ObjectiveCol.Verification)));
        Try(row, ObjectiveCol.Unit, () => o.AssignTo(row.Unit, row.Responsible));
        Try(row, ObjectiveCol.End, () => o.Schedule(row[ObjectiveCol.Start] as DateOnly?, row[ObjectiveCol.End] as DateOnly?, row.Text(ObjectiveCol.EndText)));
        Try(row, ObjectiveCol.Weight, () => o.SetWeight(row[ObjectiveCol.Weight] as decimal?));
        o.DescribeParties(row.Text(ObjectiveCol.Stakeholders), row.Text(ObjectiveCol.External));
        o.SetReviewNote(row.Text(ObjectiveCol.ReviewNote));
        Flag(row, ObjectiveCol.Contingent, o.MarkContingent);
        Flag(row, ObjectiveCol.PaymentTimes, o.MarkPaymentTimes);
        ApplyLookups(row, o);
        ApplyIndicators(row, o);
        ApplyTargets(row, o);
        ApplyPhases(row, o);
        ApplyRule(row, o);
        ApplyGrid(row, o);
        ApplyContributions(row, o);
    }

    private void Flag(ImportRow row, int column, Action<bool> mark)
    {
        if (WorkbookLists.ParseYesNo(row.Text(column)) is { } flag)
        {
            mark(flag);
        }
        else
        {
            Add(row, column, $"Scrivere Sì o No (trovato «{row.Text(column)}»).");
        }
    }

    private void ApplyLookups(ImportRow row, Objective o)
    {
        var lines = Codes(row, ObjectiveCol.MandateLines, lookups.MandateLines, l => l.Code, "Linea di mandato");
        if (lines is not null)
        {
            Try(row, ObjectiveCol.MandateLines, () => o.SetMandateLines(lines));
        }

        if (row.Text(ObjectiveCol.DupCode) is { } dup)
        {
            var code = lookups.DupCodes.FirstOrDefault(d => string.Equals(d.Code, dup, StringComparison.OrdinalIgnoreCase));
            if (code is null)
            {
                Add(row, ObjectiveCol.DupCode, $"Codice DUP «{dup}» sconosciuto: usare un codice dell'elenco dell'ente (foglio {PlanWorkbookTemplate.Lists}).");
            }
            else
            {
                Try(row, ObjectiveCol.DupCode, () => o.SetDupCode(code));
            }
        }
        else
        {
            o.SetDupCode(null);
        }

        var programmes = Codes(row, ObjectiveCol.Programmes, lookups.Programmes, WorkbookLookups.ProgrammeCode, "Missione/programma");
        if (programmes is not null)
        {
            Try(row, ObjectiveCol.Programmes, () => o.SetBudgetProgrammes(programmes));
        }

        var names = (row.Text(ObjectiveCol.Staff) ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var people = names.Select(n => Person(n, row.Row, PlanWorkbookTemplate.Objectives, ObjectiveCol.Staff)).ToList();
        if (people.All(p => p is not null))
        {
            var allowed = StaffChoices.For(lookups.Staff, o, plan);
            if (people.FirstOrDefault(p => !allowed.Contains(p!.Id)) is { } outsider)
            {
                Add(row, ObjectiveCol.Staff, $"«{outsider.FullName}» non fa parte del personale dell'unità nel ciclo del piano.");
            }
            else
            {
                Try(row, ObjectiveCol.Staff, () => o.SetStaff(people!));
            }
        }
    }

    private List<T>? Codes<T>(ImportRow row, int column, IReadOnlyList<T> known, Func<T, string> codeOf, string label)
    {
        var result = new List<T>();
        foreach (var code in (row.Text(column) ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var found = known.FirstOrDefault(k => string.Equals(codeOf(k), code, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                Add(row, column, $"{label} «{code}» sconosciuta: usare i codici del foglio {PlanWorkbookTemplate.Lists}.");
                return null;
            }

            result.Add(found);
        }

        return result;
    }

    private void ApplyIndicators(ImportRow row, Objective o)
    {
        var sheet = PlanWorkbookTemplate.Indicators;
        var drafts = new List<IndicatorDraft>();
        var ordered = row.ChildrenOf(sheet).OrderBy(r => (int)r.Values[IndicatorCol.Number]!).ToList();
        foreach (var r in ordered)
        {
            var unit = Choice(sheet, r, IndicatorCol.Unit, WorkbookLists.UnitLabels);
            var polarity = Choice(sheet, r, IndicatorCol.Polarity, WorkbookLists.PolarityLabels);
            if (unit is null || polarity is null)
            {
                return;
            }

            drafts.Add(new IndicatorDraft((string)r.Values[IndicatorCol.Name]!, r.Values[IndicatorCol.Formula] as string, unit.Value, polarity.Value,
                r.Values[IndicatorCol.Target] as string, r.Values[IndicatorCol.Baseline] as string, r.Values[IndicatorCol.Source] as string));
        }

        var current = o.Indicators;
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (i < current.Count)
            {
                var id = current[i].Id;
                var keep = new IndicatorDraft(draft.Name, draft.FormulaText, draft.Unit, draft.Polarity, draft.Target, draft.Baseline, draft.DataSource,
                    current[i].Description, current[i].History);
                Try(sheet, ordered[i], IndicatorCol.Name, () => o.ReviseIndicator(id, keep));
            }
            else
            {
                Try(sheet, ordered[i], IndicatorCol.Name, () => o.AddIndicator(draft));
            }
        }

        foreach (var extra in current.Skip(drafts.Count).ToList())
        {
            o.RemoveIndicator(extra.Id);
        }
    }

    private void ApplyTargets(ImportRow row, Objective o)
    {
        var sheet = PlanWorkbookTemplate.Targets;
        var given = new Dictionary<int, WorkbookRow>();
        foreach (var r in row.ChildrenOf(sheet))
        {
            var year = (int)r.Values[TargetCol.Year]!;
            if (!plan.Contains(year))
            {
                continue; // reported by CheckYears
            }

            if (!given.TryAdd(year, r))
            {
                Add(sheet, r, TargetCol.Year, $"L'anno {year} compare più volte per l'obiettivo «{row.Ref}».");
            }
        }

        foreach (var year in plan.Years)
        {
            if (!given.TryGetValue(year, out var r))
            {
                o.SetYearTarget(plan, year, null);
                continue;
            }

            if (WorkbookLists.ParseYesNo(r.Values[TargetCol.NotApplicable] as string) is not { } notApplicable)
            {
                Add(sheet, r, TargetCol.NotApplicable, "«Non previsto»: scrivere Sì o No.");
                continue;
            }

            Try(sheet, r, TargetCol.Expected, () => o.SetYearTarget(plan, year, r.Values[TargetCol.Expected] as decimal?, notApplicable));
        }
    }

    private void ApplyPhases(ImportRow row, Objective o)
    {
        var sheet = PlanWorkbookTemplate.Phases;
        var phases = row.ChildrenOf(sheet).OrderBy(r => (int)r.Values[PhaseCol.Number]!)
            .Select(r => new PhaseDraft((string)r.Values[PhaseCol.Title]!, r.Values[PhaseCol.Due] as DateOnly?,
                WorkbookLists.ParseYesNo(r.Values[PhaseCol.Completed] as string) == true))
            .ToList();
        if (row.ChildrenOf(sheet).FirstOrDefault(r => WorkbookLists.ParseYesNo(r.Values[PhaseCol.Completed] as string) is null) is { } bad)
        {
            Add(sheet, bad, PhaseCol.Completed, "«Completata»: scrivere Sì o No.");
            return;
        }

        Try(sheet, row.ChildrenOf(sheet).FirstOrDefault() ?? row.Row, PhaseCol.Title, () => o.SetPhases(phases));
    }

    private void ApplyRule(ImportRow row, Objective o)
    {
        var steps = row.ChildrenOf(PlanWorkbookTemplate.RuleSteps);
        if (row.Text(ObjectiveCol.Rule) is not { } kindText)
        {
            if (steps.Count > 0)
            {
                Add(PlanWorkbookTemplate.RuleSteps, steps[0], 0, $"Il foglio {PlanWorkbookTemplate.RuleSteps} ha livelli per «{row.Ref}», ma la sua colonna Regola è vuota.");
            }
            else
            {
                o.SetAchievementRule(null);
            }

            return;
        }

        if (!WorkbookLists.TryParse(WorkbookLists.RuleLabels, kindText, out AchievementRuleKind kind))
        {
            Add(row, ObjectiveCol.Rule, $"Regola «{kindText}» sconosciuta: {WorkbookLists.Choices(WorkbookLists.RuleLabels)}.");
            return;
        }

        Try(row, ObjectiveCol.Rule, () => o.SetAchievementRule(new AchievementRule(kind,
            steps.Select(s => new AchievementStep((string)s.Values[StepCol.Label]!, (decimal)s.Values[StepCol.Pct]!, s.Values[StepCol.LowerBound] as decimal?)),
            row.Text(ObjectiveCol.RuleUnit))));
    }

    private void ApplyGrid(ImportRow row, Objective o)
    {
        int[] columns = [ObjectiveCol.Importance, ObjectiveCol.Impact, ObjectiveCol.Complexity, ObjectiveCol.Feasibility];
        var given = columns.Count(c => row.Text(c) is not null);
        if (given == 0)
        {
            o.SetWeightingGrid(null);
            return;
        }

        if (given < columns.Length)
        {
            Add(row, columns.First(c => row.Text(c) is null), "La pesatura richiede tutte e quattro le voci (Importanza, Impatto esterno, Complessità, Realizzabilità) o nessuna.");
            return;
        }

        var levels = columns.Select(c => Choice(PlanWorkbookTemplate.Objectives, row.Row, c, WorkbookLists.RatingLabels)).ToList();
        if (levels.All(l => l is not null))
        {
            o.SetWeightingGrid(new WeightingGrid(levels[0]!.Value, levels[1]!.Value, levels[2]!.Value, levels[3]!.Value));
        }
    }

    private void ApplyContributions(ImportRow row, Objective o)
    {
        var sheet = PlanWorkbookTemplate.Contributions;
        var rows = row.ChildrenOf(sheet);
        var drafts = new List<ContributionDraft>();
        foreach (var r in rows)
        {
            if (Unit((string)r.Values[ContributionCol.Unit]!, r, sheet, ContributionCol.Unit) is not { } unit)
            {
                return;
            }

            drafts.Add(new ContributionDraft(unit.Id, (decimal)r.Values[ContributionCol.Pct]!, r.Values[ContributionCol.ExpectedValue] as string,
                r.Values[ContributionCol.Indicators] as string, r.Values[ContributionCol.Outcome] as string));
        }

        Try(sheet, rows.FirstOrDefault() ?? row.Row, ContributionCol.Pct, () => o.SetContributions(drafts));
    }

    private T? Choice<T>(string sheet, WorkbookRow row, int column, IReadOnlyDictionary<T, string> labels)
        where T : struct
    {
        var text = row.Values[column] as string ?? "";
        if (WorkbookLists.TryParse(labels, text, out T value))
        {
            return value;
        }

        Add(sheet, row, column, $"Valore «{text}» non ammesso: {WorkbookLists.Choices(labels)}.");
        return null;
    }

    private void Place(ImportRow row)
    {
        var o = row.Objective!;
        if (row.Parent?.Objective is not { } parent)
        {
            if (row.Parent is null)
            {
                o.DetachFromParent();
            }

            return;
        }

        if (row[ObjectiveCol.Share] is not decimal share)
        {
            Add(row, ObjectiveCol.Share, "Indicare la quota dell'obiettivo strategico (%).");
            return;
        }

        Try(row, ObjectiveCol.Parent, () => o.PlaceUnder(parent, share));
    }

    private void CheckWeights(IReadOnlyList<ImportRow> rows)
    {
        var changed = rows.Where(r => r.Action != ImportAction.Unchanged && r.Objective is not null).ToList();
        var all = existing.Concat(_created).ToList();
        var everyone = changed.Any(r => r.Objective!.Kind == ObjectiveKind.CrossCutting && r.Objective.Level == ObjectiveLevel.Strategic);
        foreach (var position in WeightTotals.Compute(lookups.Units, lookups.Managers, all, settings).Where(p => !p.IsComplete))
        {
            var own = changed.FirstOrDefault(r => r.Objective!.OwnerUnitId == position.UnitId && r.Objective.ResponsiblePersonId == position.ResponsiblePersonId
                && r.Objective.Kind == ObjectiveKind.Unit && r.Objective.Level != ObjectiveLevel.Strategic);
            if (own is null && !everyone)
            {
                continue;
            }

            var unit = lookups.Units.First(u => u.Id == position.UnitId).Code;
            var message = position.Mode == WeightingMode.Mixed
                ? $"Unità {unit}: alcuni obiettivi della stessa persona valutata hanno il peso e altri no (indicarlo per tutti o per nessuno)."
                : $"Unità {unit}: i pesi della persona valutata sommano a {Format.Number(position.Total)} % invece di {Format.Number(position.RequiredTotal)} % "
                    + $"(obiettivi propri {Format.Number(position.OwnWeight)} % + trasversali {Format.Number(position.CrossCuttingWeight)} %).";
            var where = own ?? changed.First(r => r.Objective!.Kind == ObjectiveKind.CrossCutting);
            Add(where, ObjectiveCol.Weight, message);
        }
    }
}
