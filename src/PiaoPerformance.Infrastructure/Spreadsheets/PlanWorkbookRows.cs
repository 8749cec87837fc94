using System.Globalization;
using System.Text;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// A plan's cards as the template's rows, in card order. Values are in their normal form (<see cref="WorkbookValues"/>),
/// which is also what <see cref="WorkbookReader"/> gives back, so a card and its rows read back compare equal.
/// </summary>
internal sealed class PlanWorkbookRows(WorkbookLookups lookups)
{
    /// <summary>Index of "Obiettivo strategico" in <see cref="PlanWorkbookTemplate.ObjectiveColumns"/>.</summary>
    public const int ParentColumn = 7;

    private readonly Dictionary<Guid, string> _unitCodes = lookups.Units.ToDictionary(u => u.Id, u => u.Code);
    private readonly Dictionary<Guid, string> _names = lookups.People.ToDictionary(p => p.Id, p => p.FullName);
    private readonly Dictionary<Guid, MandateLine> _lines = lookups.MandateLines.ToDictionary(l => l.Id);
    private readonly Dictionary<Guid, string> _programmes = lookups.Programmes.ToDictionary(p => p.Id, WorkbookLookups.ProgrammeCode);

    public PlanWorkbookContent Content(PlanCycle plan, IReadOnlyList<Objective> objectives)
    {
        var ordered = objectives.OrderBy(o => o.SortOrder).ThenBy(o => o.Number).ToList();
        var refs = Refs(ordered);
        var sheets = PlanWorkbookTemplate.DataSheets.ToDictionary(s => s.Sheet, _ => new List<object?[]>());
        foreach (var objective in ordered)
        {
            var rif = refs[objective.Id];
            var parentRif = objective.ParentObjectiveId is { } parent && refs.TryGetValue(parent, out var p) ? p : null;
            foreach (var (sheet, row) in RowsOf(objective, rif, parentRif))
            {
                sheets[sheet].Add(row);
            }
        }

        return new PlanWorkbookContent(plan.Title, sheets.ToDictionary(s => s.Key, s => (IReadOnlyList<object?[]>)s.Value), lookups.Lists());
    }

    /// <summary>"S1" for a strategic objective, "S1-2" under it, "II-3" for a unit's card; a repeat gets "-b", "-c".</summary>
    public Dictionary<Guid, string> Refs(IReadOnlyList<Objective> ordered)
    {
        var refs = new Dictionary<Guid, string>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var byId = ordered.ToDictionary(o => o.Id);
        foreach (var objective in ordered.OrderBy(o => o.Level == ObjectiveLevel.Strategic ? 0 : 1).ThenBy(o => o.SortOrder).ThenBy(o => o.Number))
        {
            var stem = objective.Level == ObjectiveLevel.Strategic ? $"S{objective.Number}"
                : objective.ParentObjectiveId is { } parent && byId.TryGetValue(parent, out var p) ? $"S{p.Number}-{objective.Number}"
                : objective.OwnerUnitId is { } unit && _unitCodes.TryGetValue(unit, out var code) ? $"{code}-{objective.Number}"
                : $"E-{objective.Number}";
            var rif = stem;
            for (var suffix = 'b'; !used.Add(rif); suffix++)
            {
                rif = $"{stem}-{suffix}";
            }

            refs[objective.Id] = rif;
        }

        return refs;
    }

    /// <summary>Every row of one card, on every sheet, in the order the sheets list them.</summary>
    public IEnumerable<(string Sheet, object?[] Row)> RowsOf(Objective o, string rif, string? parentRif)
    {
        yield return (PlanWorkbookTemplate.Objectives, ObjectiveRow(o, rif, parentRif));
        foreach (var i in o.Indicators)
        {
            yield return (PlanWorkbookTemplate.Indicators,
                [rif, i.Order, i.Name, i.FormulaText, WorkbookLists.UnitLabels[i.Unit], WorkbookLists.PolarityLabels[i.Polarity], i.Target, i.Baseline, i.DataSource]);
        }

        foreach (var t in o.YearTargets.OrderBy(t => t.Year).Where(t => t.NotApplicable || t.ExpectedPct is not null))
        {
            yield return (PlanWorkbookTemplate.Targets, [rif, t.Year, Number(t.ExpectedPct), t.NotApplicable ? WorkbookLists.Yes : null]);
        }

        foreach (var p in o.Phases.OrderBy(p => p.Order))
        {
            yield return (PlanWorkbookTemplate.Phases, [rif, p.Order, p.Title, p.DueDate, p.Completed ? WorkbookLists.Yes : null]);
        }

        foreach (var s in o.AchievementRule?.Steps ?? [])
        {
            yield return (PlanWorkbookTemplate.RuleSteps, [rif, s.Label, Number(s.AchievementPct), Number(s.LowerBound)]);
        }

        foreach (var c in o.Contributions)
        {
            yield return (PlanWorkbookTemplate.Contributions,
                [rif, _unitCodes.GetValueOrDefault(c.OrgUnitId), Number(c.ContributionPct), c.ExpectedValue, c.MeasurementIndicators, c.ExpectedOutcome]);
        }
    }

    private object?[] ObjectiveRow(Objective o, string rif, string? parentRif)
    {
        var grid = o.WeightingGrid;
        return
        [
            rif,
            WorkbookLists.LevelLabels[o.Level],
            WorkbookLists.KindLabels[o.Kind],
            o.OwnerUnitId is { } unit ? _unitCodes.GetValueOrDefault(unit) : null,
            o.ResponsiblePersonId is { } person ? _names.GetValueOrDefault(person) : null,
            o.Number,
            o.Code,
            parentRif,
            Number(o.ShareOfParentPct),
            o.Theme,
            o.Title,
            o.Description,
            o.ExpectedResult,
            o.VerificationMethod,
            o.StartDate,
            o.EndDate,
            o.EndText,
            Number(o.Weight),
            // Links have no order of their own: the lookup's order, so two exports of the same card agree.
            Join(o.MandateLines.Select(l => _lines.GetValueOrDefault(l.MandateLineId)).OfType<MandateLine>().OrderBy(l => l.SortOrder).Select(l => l.Code)),
            o.DupCode,
            Join(o.BudgetLinks.OrderBy(b => b.Order).Select(b => _programmes.GetValueOrDefault(b.BudgetProgrammeId))),
            Join(o.Staff.Select(s => _names.GetValueOrDefault(s.PersonId)).Order(StringComparer.Ordinal)),
            o.Stakeholders,
            o.ExternalContributors,
            o.IsContingent ? WorkbookLists.Yes : null,
            o.IsPaymentTimes ? WorkbookLists.Yes : null,
            o.AchievementRule is { } rule ? WorkbookLists.RuleLabels[rule.Kind] : null,
            o.AchievementRule?.MeasureUnit,
            grid is null ? null : WorkbookLists.RatingLabels[grid.Importance],
            grid is null ? null : WorkbookLists.RatingLabels[grid.ExternalImpact],
            grid is null ? null : WorkbookLists.RatingLabels[grid.Complexity],
            grid is null ? null : WorkbookLists.RatingLabels[grid.Feasibility],
            o.ReviewNote,
        ];
    }

    /// <summary>
    /// A card's rows as one comparable text, without the Rif. columns (the file's own names) and with the parent's
    /// number in place of its Rif.: equal texts mean the file changes nothing on the card.
    /// </summary>
    public static string Fingerprint(IEnumerable<(string Sheet, object?[] Row)> rows, int? parentNumber)
    {
        var sheetOrder = PlanWorkbookTemplate.DataSheets.Select(s => s.Sheet).ToList();
        var lines = new List<(int Sheet, string Text)>();
        foreach (var (sheet, row) in rows)
        {
            var text = new StringBuilder();
            for (var c = 1; c < row.Length; c++)
            {
                var value = sheet == PlanWorkbookTemplate.Objectives && c == ParentColumn ? parentNumber : row[c];
                text.Append(value switch
                {
                    null => "",
                    string s => s.Trim(),
                    decimal d => WorkbookValues.Normalise(d).ToString(CultureInfo.InvariantCulture),
                    int i => i.ToString(CultureInfo.InvariantCulture),
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                }).Append('\u001f');
            }

            lines.Add((sheetOrder.IndexOf(sheet), text.ToString()));
        }

        // Child rows compare as sets: the order of rule steps or contributions in the file means nothing.
        return string.Join('\n', lines.OrderBy(l => l.Sheet).ThenBy(l => l.Text, StringComparer.Ordinal).Select(l => $"{l.Sheet}|{l.Text}"));
    }

    private static decimal? Number(decimal? value) => value is { } v ? WorkbookValues.Normalise(v) : null;

    private static string? Join(IEnumerable<string?> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return list.Count == 0 ? null : string.Join("; ", list);
    }
}
