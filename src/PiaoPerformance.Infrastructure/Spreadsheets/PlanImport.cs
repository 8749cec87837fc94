using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Turns the read sheets into changes of a plan's cards, collecting every problem instead of stopping at the first:
/// required cells and known codes first, then the slots (numbers unique per unit and head, <see cref="ObjectiveSlot"/>),
/// then each changed card through the entity's own methods (so the file meets the same rules as the editor), then the
/// weights of every person touched (<see cref="WeightTotals"/>). The caller saves only when <see cref="Problems"/> is empty.
/// </summary>
internal sealed partial class PlanImport(Actor actor, PlanCycle plan, WorkbookLookups lookups, IReadOnlyList<Objective> existing, MunicipalitySettings settings,
    IReadOnlyList<ImportProblem> readProblems)
{
    private readonly List<ImportProblem> _problems = [.. readProblems];
    private readonly List<Objective> _created = [];

    // Rif. of rows already reported as incomplete: rows that name them get no second, misleading problem.
    private readonly HashSet<string> _incomplete = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, OrgUnit> _units = lookups.Units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
    private readonly ILookup<string, Person> _people = lookups.People.ToLookup(p => p.FullName.Trim(), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public IReadOnlyList<Objective> Created => _created;

    /// <summary>Checks and applies the sheets to the tracked cards (new ones are in <see cref="Created"/>); returns the rows in file order.</summary>
    public IReadOnlyList<ImportRow> Run(IReadOnlyDictionary<string, IReadOnlyList<WorkbookRow>> sheets)
    {
        var rows = ReadObjectiveRows(sheets[PlanWorkbookTemplate.Objectives]);
        AttachChildren(rows, sheets);
        CheckYears(sheets[PlanWorkbookTemplate.Targets]);
        CheckSlots(rows);
        Match(rows);
        foreach (var row in rows.Where(r => r.Action != ImportAction.Unchanged).OrderBy(r => r.Level == ObjectiveLevel.Strategic ? 0 : 1))
        {
            Apply(row);
        }

        foreach (var row in rows.Where(r => r.Action != ImportAction.Unchanged && r.Objective is not null))
        {
            Place(row);
        }

        CheckWeights(rows);
        return rows;
    }

    private List<ImportRow> ReadObjectiveRows(IReadOnlyList<WorkbookRow> sheetRows)
    {
        var rows = new List<ImportRow>();
        var refs = new Dictionary<string, ImportRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheetRow in sheetRows)
        {
            if (!Required(PlanWorkbookTemplate.Objectives, PlanWorkbookTemplate.ObjectiveColumns, sheetRow))
            {
                if (sheetRow.Values[ObjectiveCol.Ref] is string incomplete)
                {
                    _incomplete.Add(incomplete);
                }

                continue;
            }

            var row = new ImportRow(sheetRow, (string)sheetRow.Values[ObjectiveCol.Ref]!);
            if (!refs.TryAdd(row.Ref, row))
            {
                Add(row, ObjectiveCol.Ref, $"Il Rif. «{row.Ref}» è già usato alla riga {refs[row.Ref].Row.RowNumber}: ogni obiettivo ha un Rif. diverso.");
                continue;
            }

            Resolve(row);
            rows.Add(row);
        }

        foreach (var row in rows.Where(r => r.Text(ObjectiveCol.Parent) is not null))
        {
            var parentRef = row.Text(ObjectiveCol.Parent)!;
            if (_incomplete.Contains(parentRef))
            {
                continue;
            }

            if (!refs.TryGetValue(parentRef, out var parent) || parent.Level != ObjectiveLevel.Strategic)
            {
                Add(row, ObjectiveCol.Parent, $"«{parentRef}» non è il Rif. di un obiettivo strategico di questo file.");
            }
            else
            {
                row.Parent = parent;
            }
        }

        return rows;
    }

    private void Resolve(ImportRow row)
    {
        if (WorkbookLists.TryParse(WorkbookLists.LevelLabels, row.Text(ObjectiveCol.Level)!, out ObjectiveLevel level))
        {
            row.Level = level;
        }
        else
        {
            Add(row, ObjectiveCol.Level, $"Livello «{row.Text(ObjectiveCol.Level)}» sconosciuto: {WorkbookLists.Choices(WorkbookLists.LevelLabels)}.");
        }

        if (WorkbookLists.TryParse(WorkbookLists.KindLabels, row.Text(ObjectiveCol.Kind)!, out ObjectiveKind kind))
        {
            row.Kind = kind;
        }
        else
        {
            Add(row, ObjectiveCol.Kind, $"Tipo «{row.Text(ObjectiveCol.Kind)}» sconosciuto: {WorkbookLists.Choices(WorkbookLists.KindLabels)}.");
        }

        if (row.Text(ObjectiveCol.Unit) is { } code)
        {
            row.Unit = Unit(code, row.Row, PlanWorkbookTemplate.Objectives, ObjectiveCol.Unit);
        }

        if (row.Text(ObjectiveCol.Responsible) is { } name)
        {
            row.Responsible = Person(name, row.Row, PlanWorkbookTemplate.Objectives, ObjectiveCol.Responsible);
        }

        row.Number = row[ObjectiveCol.Number] as int? ?? 0;
    }

    private void AttachChildren(List<ImportRow> rows, IReadOnlyDictionary<string, IReadOnlyList<WorkbookRow>> sheets)
    {
        var byRef = rows.ToDictionary(r => r.Ref, StringComparer.OrdinalIgnoreCase);
        foreach (var (sheet, columns) in PlanWorkbookTemplate.DataSheets.Skip(1))
        {
            foreach (var child in sheets[sheet])
            {
                if (!Required(sheet, columns, child))
                {
                    continue;
                }

                var reference = (string)child.Values[0]!;
                if (_incomplete.Contains(reference))
                {
                    continue;
                }

                if (!byRef.TryGetValue(reference, out var owner))
                {
                    _problems.Add(new ImportProblem(sheet, child.Cell(0), $"Il Rif. «{reference}» non corrisponde a nessuna riga del foglio {PlanWorkbookTemplate.Objectives}."));
                    continue;
                }

                if (!owner.Children.TryGetValue(sheet, out var list))
                {
                    owner.Children[sheet] = list = [];
                }

                list.Add(child);
            }
        }
    }

    private void CheckYears(IReadOnlyList<WorkbookRow> targets)
    {
        foreach (var row in targets.Where(r => r.Values[TargetCol.Year] is int))
        {
            Try(PlanWorkbookTemplate.Targets, row, TargetCol.Year, () => plan.EnsureContains((int)row.Values[TargetCol.Year]!, nameof(Objective.YearTargets)));
        }
    }

    private void CheckSlots(List<ImportRow> rows)
    {
        var seen = new Dictionary<ObjectiveSlot, ImportRow>();
        foreach (var row in rows.Where(r => r.Number > 0))
        {
            var slot = SlotOf(row);
            if (!seen.TryAdd(slot, row))
            {
                Add(row, ObjectiveCol.Number, $"Il numero {row.Number} è già usato da un altro obiettivo della stessa unità (riga {seen[slot].Row.RowNumber}, Rif. «{seen[slot].Ref}»).");
            }
        }
    }

    private static ObjectiveSlot SlotOf(ImportRow row) => new(row.Level, row.Unit?.Id, row.Responsible?.Id, row.Parent?.Number, row.Number);

    private void Match(List<ImportRow> rows)
    {
        var byId = existing.ToDictionary(o => o.Id);
        int? ParentNumber(Objective o) => o.ParentObjectiveId is { } p && byId.TryGetValue(p, out var parent) ? parent.Number : null;
        var bySlot = existing.GroupBy(o => ObjectiveSlot.Of(o, ParentNumber(o))).ToDictionary(g => g.Key, g => g.First());
        var rowsOf = new PlanWorkbookRows(lookups);
        foreach (var row in rows)
        {
            if (row.Number > 0 && bySlot.TryGetValue(SlotOf(row), out var card))
            {
                row.Objective = card;
                var before = PlanWorkbookRows.Fingerprint(rowsOf.RowsOf(card, row.Ref, null), ParentNumber(card));
                var after = PlanWorkbookRows.Fingerprint(row.AllRows(), row.Parent?.Number);
                row.Action = before == after ? ImportAction.Unchanged : ImportAction.Update;
            }
            else
            {
                row.Action = ImportAction.Create;
            }
        }
    }

    private bool Required(string sheet, IReadOnlyList<WorkbookColumn> columns, WorkbookRow row)
    {
        var complete = true;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Required && row.Values[c] is null)
            {
                // A typed cell that failed to parse already has its problem; an empty one gets this.
                if (!_problems.Any(p => p.Sheet == sheet && p.Cell == row.Cell(c)))
                {
                    _problems.Add(new ImportProblem(sheet, row.Cell(c), $"«{columns[c].Header}» è obbligatorio."));
                }

                complete = false;
            }
        }

        return complete;
    }

    private OrgUnit? Unit(string code, WorkbookRow row, string sheet, int column)
    {
        if (_units.TryGetValue(code.Trim(), out var unit))
        {
            return unit;
        }

        _problems.Add(new ImportProblem(sheet, row.Cell(column), $"Unità «{code}» sconosciuta: usare un codice dell'elenco Unità (foglio {PlanWorkbookTemplate.Lists})."));
        return null;
    }

    private Person? Person(string name, WorkbookRow row, string sheet, int column)
    {
        var found = _people[name.Trim()].ToList();
        if (found.Count == 1)
        {
            return found[0];
        }

        _problems.Add(new ImportProblem(sheet, row.Cell(column), found.Count == 0
            ? $"Persona «{name}» sconosciuta: usare nome e cognome come nell'elenco Persone (foglio {PlanWorkbookTemplate.Lists})."
            : $"Più persone si chiamano «{name}»: impossibile capire quale."));
        return null;
    }

    private void Add(ImportRow row, int column, string message) =>
        _problems.Add(new ImportProblem(PlanWorkbookTemplate.Objectives, row.Cell(column), message));

    private void Add(string sheet, WorkbookRow row, int column, string message) =>
        _problems.Add(new ImportProblem(sheet, row.Cell(column), message));

    /// <summary>Runs one domain change; a refusal becomes a problem at the cell the change came from.</summary>
    private bool Try(string sheet, WorkbookRow row, int column, Action change)
    {
        try
        {
            change();
            return true;
        }
        catch (DomainException ex)
        {
            Add(sheet, row, column, ex.Message);
            return false;
        }
    }

    private bool Try(ImportRow row, int column, Action change) => Try(PlanWorkbookTemplate.Objectives, row.Row, column, change);
}
