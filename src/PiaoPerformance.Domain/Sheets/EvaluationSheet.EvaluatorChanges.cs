using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Sheets;

// SPEC §4.13 (S3:1131): "il valutatore valuta la performance sino alla data di permanenza. La valutazione finale è
// effettuata dal valutatore di riferimento al 31 dicembre acquisendo le valutazioni relative ai precedenti incarichi".
public sealed partial class EvaluationSheet
{
    private readonly List<EvaluatorChange> _evaluatorChanges = [];

    /// <summary>Every change of evaluator recorded on the sheet, oldest first.</summary>
    public IReadOnlyList<EvaluatorChange> EvaluatorChanges => _evaluatorChanges.OrderBy(c => c.Number).ToList();

    /// <summary>
    /// The evaluator <paramref name="formerPersonId"/> left on <paramref name="leftOn"/> and
    /// <paramref name="replacementPersonId"/> takes their place on the sheet from the next day: the replacement fills
    /// in, notifies and combines the partial evaluations; the one who left keeps only their partial evaluation up to
    /// that day. Only on a draft with named evaluators, within the sheet's year, never the person evaluated.
    /// </summary>
    public EvaluatorChange ReplaceEvaluator(Guid formerPersonId, DateOnly leftOn, Guid replacementPersonId, string? note)
    {
        if (State != SheetState.Bozza)
        {
            throw new DomainException("Il valutatore si sostituisce solo sulla scheda in bozza, prima della notifica.", "state");
        }

        if (EvaluatorKind != EvaluatorKind.Dirigente)
        {
            throw new DomainException(
                "Questa scheda è valutata da un organo (NIV o Sindaco), non da una persona nominata: non c'è un valutatore da sostituire.", "formerPersonId");
        }

        var former = _evaluators.FirstOrDefault(e => e.PersonId == formerPersonId && e.Role is SheetEvaluatorRole.Valutatore or SheetEvaluatorRole.Congiunto)
            ?? throw new DomainException("La persona indicata non è valutatore di questa scheda.", "formerPersonId");
        if (replacementPersonId == formerPersonId)
        {
            throw new DomainException("Il nuovo valutatore deve essere una persona diversa da chi lascia l'incarico.", "replacementPersonId");
        }

        if (replacementPersonId == PersonId)
        {
            throw new DomainException("Il valutato non può essere il valutatore della propria scheda.", "replacementPersonId");
        }

        if (_evaluators.Any(e => e.PersonId == replacementPersonId))
        {
            throw new DomainException("La persona indicata è già nominata su questa scheda.", "replacementPersonId");
        }

        if (leftOn.Year != Year)
        {
            throw new DomainException($"La data di cessazione deve cadere nell'anno {Year}.", "leftOn");
        }

        if (leftOn == new DateOnly(Year, 12, 31))
        {
            throw new DomainException("Chi è in carica il 31 dicembre è il valutatore di riferimento: nessuna sostituzione da registrare.", "leftOn");
        }

        if (_evaluatorChanges.Count > 0 && _evaluatorChanges.Max(c => c.LeftOn) is var last && leftOn <= last)
        {
            throw new DomainException($"La data di cessazione deve seguire l'ultimo cambio di valutatore ({Format.Date(last)}).", "leftOn");
        }

        if (_partials.FirstOrDefault(p => p.EvaluatorPersonId == formerPersonId && p.To > leftOn) is { } beyond)
        {
            throw new DomainException(
                $"La valutazione parziale di chi lascia arriva al {Format.Date(beyond.To)}, oltre la data di cessazione indicata.", "leftOn");
        }

        _evaluators.Remove(former);
        _evaluators.Add(new SheetEvaluator(MunicipalityId, replacementPersonId, former.Role, former.OrgUnitId));
        var change = new EvaluatorChange(MunicipalityId, _evaluatorChanges.Count + 1, formerPersonId, replacementPersonId, former.Role, leftOn, Guard.Optional(note));
        _evaluatorChanges.Add(change);
        return change;
    }

    /// <summary>Whether the evaluator who left with <paramref name="change"/> has a partial evaluation on the sheet.</summary>
    public bool HasPartialOf(EvaluatorChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _partials.Any(p => p.EvaluatorPersonId == change.FormerPersonId && p.To <= change.LeftOn);
    }
}
